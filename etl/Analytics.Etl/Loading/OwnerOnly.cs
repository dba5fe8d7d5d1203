namespace Analytics.Etl.Loading;

/// <summary>
/// Files and folders that hold personal data or the figures before suppression (the archive, the
/// rejects reports, the pseudonym key file) are created readable by their owner only, whatever the umask.
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates a folder (and its parents) as 0700; an existing folder is left as it is.</summary>
    public static void CreateFolder(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, Folder);
        }
    }

    /// <summary>Creates a file as 0600 and opens it for writing (<paramref name="mode"/>: truncate an existing one, or fail).</summary>
    public static FileStream CreateFile(string path, FileMode mode = FileMode.Create)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = File;
        }
        return new FileStream(path, options);
    }
}
