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
        if (NotAFolder(inbox) is { } why)
        {
            var full = Path.GetFullPath(inbox);
            throw new InboxUnusableException(char.ToUpperInvariant(why[0]) + why[1..] + ".", File.Exists(inbox)
                ? $"папка входящих файлов {full} — это файл, а не папка: файлы не загружены; исправьте путь к папке в настройках службы"
                : $"папка входящих файлов {full} не найдена (не подключён сетевой диск?): файлы не загружены; загрузка пойдёт, когда папка будет доступна");
        }
        if (ArchiveIsInbox(inbox, archive) is { } same)
        {
            throw new InboxUnusableException(same, $"папка архива совпадает с папкой входящих файлов {Path.GetFullPath(inbox)}: файлы не загружены; укажите другую папку архива");
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

    /// <summary>Why <paramref name="inbox"/> cannot be scanned (it does not exist, or it is a file), or null when it is a folder.</summary>
    public static string? NotAFolder(string inbox) =>
        Directory.Exists(inbox) ? null
        : File.Exists(inbox) ? $"the inbox {Path.GetFullPath(inbox)} is a file, not a folder: the inbox is the folder that holds the files"
        : $"the inbox {Path.GetFullPath(inbox)} does not exist";

    /// <summary>
    /// Why <paramref name="archive"/> cannot serve <paramref name="inbox"/> (it is the inbox itself: each run's
    /// archive folder would be met in the inbox by the next run), or null. A folder inside the inbox is fine.
    /// </summary>
    public static string? ArchiveIsInbox(string inbox, string? archive) =>
        archive is not null && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inbox)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(archive)), StringComparison.Ordinal)
            ? $"the archive {Path.GetFullPath(archive)} is the inbox itself: the next run would meet this run's archive folder among the files; use another folder or one inside the inbox (e.g. {Path.Combine(Path.GetFullPath(inbox), "archive")})"
            : null;

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
