namespace Analytics.Etl.Reading;

/// <summary>Opens the row source that fits a file's extension.</summary>
public static class RowSources
{
    /// <summary>Opens a file; throws <see cref="FileRefusedException"/> for other formats.</summary>
    public static IRowSource Open(string path, FileFingerprint fingerprint)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" => new CsvRowSource(path, fingerprint.IsUtf8),
            ".xlsx" => new XlsxRowSource(path),
            _ => throw new FileRefusedException($"неподдерживаемый формат «{extension}»: принимаются .csv и .xlsx"),
        };
    }
}
