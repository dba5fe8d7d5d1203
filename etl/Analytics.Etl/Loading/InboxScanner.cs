using Analytics.Contract;

namespace Analytics.Etl.Loading;

/// <summary>
/// Lists the files of an inbox in processing order (by the contract's kind order, then by name
/// whatever the letter case, as kinds are told, so «Teachers_2024_fix.csv» follows «teachers_2024.csv»;
/// unknown kinds last). Temporary names and files changed within the quiet period are left for later.
/// </summary>
public sealed class InboxScanner(TimeSpan quietPeriod, IReadOnlyList<FileKind> kinds, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The files ready to be processed.</summary>
    public IReadOnlyList<InboxFile> Scan(string inbox)
    {
        if (!Directory.Exists(inbox))
        {
            throw new DirectoryNotFoundException($"The inbox {Path.GetFullPath(inbox)} does not exist.");
        }
        var now = _time.GetUtcNow().UtcDateTime;
        return Directory.EnumerateFiles(inbox)
            .Where(p => !IsTemporary(Path.GetFileName(p)))
            .Where(p => quietPeriod <= TimeSpan.Zero || now - File.GetLastWriteTimeUtc(p) >= quietPeriod)
            .Select(p => new InboxFile(p, DataContract.KindOf(p, kinds)))
            .OrderBy(f => f.Kind?.Order ?? int.MaxValue)
            .ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Names that belong to files still being written or to other tools' scratch files.</summary>
    public static bool IsTemporary(string name) =>
        name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal)
        || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".partial", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rejects.csv", StringComparison.OrdinalIgnoreCase);
}
