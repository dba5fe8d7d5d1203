namespace Analytics.Etl.Reading;

/// <summary>The whole file is refused (unknown kind, unreadable, missing column, no data rows).</summary>
public sealed class FileRefusedException(string reason, string? column = null, long line = 0) : Exception(reason)
{
    /// <summary>The reason, in Russian, as it goes to the rejects report.</summary>
    public string Reason { get; } = reason;

    /// <summary>The column the refusal is about, if any.</summary>
    public string? Column { get; } = column;

    /// <summary>The line the refusal is about (0 when it is about the whole file).</summary>
    public long Line { get; } = line;

    /// <summary>
    /// Whether the refusal is for the file's name (its extension), not its content: the same bytes under a
    /// good name must load, so the refusal is recorded under the name's hash, not the content's.
    /// </summary>
    public bool ForName { get; init; }
}
