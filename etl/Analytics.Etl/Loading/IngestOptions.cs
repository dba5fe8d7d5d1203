using Analytics.Contract;

namespace Analytics.Etl.Loading;

/// <summary>How a run treats the inbox.</summary>
public sealed record IngestOptions(string Inbox, string ArchiveRoot)
{
    /// <summary>Leave the inbox as it is (archive copies instead of moving).</summary>
    public bool Keep { get; init; }

    /// <summary>A file is taken only when unchanged for this long (0: at once).</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.Zero;

    /// <summary>The kinds of file the run accepts (the data contract's, unless a test declares others).</summary>
    public IReadOnlyList<FileKind> Kinds { get; init; } = DataContract.Kinds;

    /// <summary>What the run is recorded as (<c>ingest</c> or <c>serve</c>).</summary>
    public string Command { get; init; } = "ingest";
}
