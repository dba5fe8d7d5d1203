using Analytics.Contract;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Loading;

/// <summary>A file found in the inbox, with its kind (null when unknown).</summary>
public sealed record InboxFile(string Path, FileKind? Kind)
{
    private FileScan? _scan;

    /// <summary>Why bytes loaded before load again (a reference updated since rows were refused for its missing codes), or null.</summary>
    public string? Again { get; init; }

    /// <summary>The file name as found in the inbox.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>The name the file is recorded under (audit, console, archive): see <see cref="RecordedName"/>.</summary>
    public string Recorded => RecordedName.Of(Name, Kind, Unreadable is null ? Scan.Sha256 : NameHash);

    /// <summary>A stand-in for the content hash of a file that cannot be read: the SHA-256 of its name.</summary>
    public string NameHash => "name-" + RecordedName.HashOfName(Name);

    /// <summary>Why the file cannot be read at all, or null when it can: checked once, before anything opens it.</summary>
    public string? Unreadable => (_unreadable ??= new Lazy<string?>(Check)).Value;

    private Lazy<string?>? _unreadable;

    /// <summary>Whether the file is a CSV (by its extension).</summary>
    public bool IsCsv => System.IO.Path.GetExtension(Path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The one pass over the file's bytes (hash, encoding, CSV records), made when first asked.</summary>
    public FileScan Scan => _scan ??= FileScan.Of(Path, IsCsv);

    private string? Check()
    {
        if (Name.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return "имя файла не в кодировке UTF-8: переименуйте файл";
        }
        if (Directory.Exists(Path))
        {
            return "папка, а не файл: файлы из папок не загружаются — положите их в саму входящую папку";
        }
        if (!FileType.IsRegular(Path))
        {
            return "не обычный файл (канал, устройство или ссылка): не читается";
        }
        try
        {
            _ = Scan;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "файл не читается: нет доступа или ошибка чтения";
        }
    }
}
