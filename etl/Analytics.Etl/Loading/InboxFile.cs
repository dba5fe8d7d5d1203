using Analytics.Contract;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Loading;

/// <summary>A file found in the inbox, with its kind (null when unknown).</summary>
public sealed record InboxFile(string Path, FileKind? Kind)
{
    private FileScan? _scan;

    /// <summary>The file name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Whether the file is a CSV (by its extension).</summary>
    public bool IsCsv => System.IO.Path.GetExtension(Path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The one pass over the file's bytes (hash, encoding, CSV records), made when first asked.</summary>
    public FileScan Scan => _scan ??= FileScan.Of(Path, IsCsv);
}
