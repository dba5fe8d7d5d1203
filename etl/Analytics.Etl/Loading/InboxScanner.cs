using Analytics.Contract;

namespace Analytics.Etl.Loading;

/// <summary>
/// Lists the files of an inbox in processing order (by the contract's kind order, then by name
/// whatever the letter case, as kinds are told, so «Teachers_2024_fix.csv» follows «teachers_2024.csv»;
/// unknown kinds last). Temporary names and files changed within the quiet period are left for later.
/// A folder is listed too, to be refused by name: its files are not read, and without a word a
/// municipality's files dropped as a folder would wait unseen.
/// </summary>
public sealed class InboxScanner(TimeSpan quietPeriod, IReadOnlyList<FileKind> kinds, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The files ready to be processed, and the folders (but <paramref name="archive"/>, when it lies inside the inbox).</summary>
    public IReadOnlyList<InboxFile> Scan(string inbox, string? archive = null)
    {
        if (!Directory.Exists(inbox))
        {
            throw new DirectoryNotFoundException($"The inbox {Path.GetFullPath(inbox)} does not exist.");
        }
        var now = _time.GetUtcNow().UtcDateTime;
        var own = archive is null ? null : Path.GetFullPath(archive).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.EnumerateFiles(inbox)
            .Concat(Directory.EnumerateDirectories(inbox)
                .Where(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar) != own && !SystemFolders.Contains(Path.GetFileName(d))))
            .Where(p => !IsTemporary(Path.GetFileName(p)))
            .Where(p => quietPeriod <= TimeSpan.Zero || now - File.GetLastWriteTimeUtc(p) >= quietPeriod)
            .Select(p => new InboxFile(p, DataContract.KindOf(p, kinds)))
            .OrderBy(f => f.Kind?.Order ?? int.MaxValue)
            .ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Folders a file system or a file server keeps in a volume's or a share's root: not data.</summary>
    private static readonly HashSet<string> SystemFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "lost+found", "$RECYCLE.BIN", "System Volume Information", "#recycle", "@eaDir",
    };

    /// <summary>Names that belong to files still being written or to other tools' scratch files.</summary>
    public static bool IsTemporary(string name) =>
        name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal)
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".partial", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rejects.csv", StringComparison.OrdinalIgnoreCase);
}
