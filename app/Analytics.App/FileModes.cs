using System.Runtime.InteropServices;

namespace Analytics.App;

/// <summary>
/// What the program creates is owner-only unless it is meant to be shared: the process umask is
/// 077, so the warehouse, its write-ahead log (which DuckDB creates itself), the key, the archive,
/// the rejects reports and the exports are 0600/0700; the site (and the pack inside it) is made
/// readable by everyone explicitly when it is published.
/// </summary>
public static partial class FileModes
{
    /// <summary>Sets the process umask to 077 (no-op on Windows).</summary>
    public static void OwnerOnlyByDefault()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = Umask(0x3F); // octal 077
        }
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint Umask(uint mask);
}
