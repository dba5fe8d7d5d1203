using Analytics.Etl.Validation;

namespace Analytics.Etl.Loading;

/// <summary>What happened to one file of a run.</summary>
public enum FileStatus
{
    /// <summary>Its valid rows were loaded.</summary>
    Loaded,
    /// <summary>Refused whole.</summary>
    Refused,
    /// <summary>Its content was loaded before.</summary>
    Skipped,
}

/// <summary>The result of one file: counts, refusals, where it was archived.</summary>
public sealed record FileOutcome(
    string FileName,
    string? Kind,
    FileStatus Status,
    long RowsRead,
    long RowsLoaded,
    long RowsRefused,
    string? Reason,
    IReadOnlyList<Refusal> Refusals,
    TimeSpan Elapsed)
{
    /// <summary>Where the file (and its rejects report) went, if archived.</summary>
    public string? ArchivedAs { get; init; }

    /// <summary>How long each phase of its load took, up to where it ended (empty for a file skipped as loaded before or not readable at all).</summary>
    public IReadOnlyList<FilePhase> Phases { get; init; } = [];

    /// <summary>What the reader should know of a loaded file besides its refusals: header fields that look like a column it lacks (<see cref="HeaderMap.Notes"/>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
