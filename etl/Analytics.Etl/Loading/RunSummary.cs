namespace Analytics.Etl.Loading;

/// <summary>The outcome of one ingest run.</summary>
public sealed record RunSummary(long RunId, IReadOnlyList<FileOutcome> Files, TimeSpan Elapsed, string? Error)
{
    /// <summary>Files whose rows were loaded.</summary>
    public int FilesLoaded => Files.Count(f => f.Status == FileStatus.Loaded);

    /// <summary>Files skipped as loaded before.</summary>
    public int FilesSkipped => Files.Count(f => f.Status == FileStatus.Skipped);

    /// <summary>Files refused whole.</summary>
    public int FilesRefused => Files.Count(f => f.Status == FileStatus.Refused);

    /// <summary>Rows read over all files.</summary>
    public long RowsRead => Files.Sum(f => f.RowsRead);

    /// <summary>Rows loaded over all files.</summary>
    public long RowsLoaded => Files.Sum(f => f.RowsLoaded);

    /// <summary>Rows refused over all files.</summary>
    public long RowsRefused => Files.Sum(f => f.RowsRefused);

    /// <summary>Whether anything was refused (exit code 3).</summary>
    public bool HasRefusals => FilesRefused > 0 || RowsRefused > 0;

    /// <summary>Whether the warehouse changed.</summary>
    public bool ChangedData => FilesLoaded > 0;

    /// <summary>The outcome word recorded in audit_run.</summary>
    public string Outcome => Error is not null ? "failed" : HasRefusals ? "refusals" : "done";
}
