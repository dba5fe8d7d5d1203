namespace Analytics.App.Options;

/// <summary>The <c>Analytics</c> section: where things are and how the warehouse is opened.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Analytics";

    /// <summary>The DuckDB file.</summary>
    public string Warehouse { get; set; } = "./out/warehouse.duckdb";

    /// <summary>The inbox watched by the ingest job.</summary>
    public string Inbox { get; set; } = "./inbox";

    /// <summary>Processed files and rejects reports (default: archive/ beside the warehouse).</summary>
    public string? Archive { get; set; }

    /// <summary>The site folder.</summary>
    public string Site { get; set; } = "./out/site";

    /// <summary>How long a command or a job waits for a warehouse held by another process.</summary>
    public int BusyWaitSeconds { get; set; } = 30;

    /// <summary>DuckDB's memory limit (its buffer manager spills to disk beyond it).</summary>
    public string MemoryLimit { get; set; } = "1GB";

    /// <summary>The archive folder in effect.</summary>
    public string ArchiveFolder => Archive ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Warehouse)) ?? ".", "archive");
}
