namespace Analytics.Service;

/// <summary>The <c>Analytics</c> section: where things are.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The DuckDB file.</summary>
    public string Warehouse { get; set; } = "./out/warehouse.duckdb";

    /// <summary>The inbox watched by the ingest job.</summary>
    public string Inbox { get; set; } = "./inbox";

    /// <summary>Processed files and rejects reports (default: archive/ beside the warehouse).</summary>
    public string? Archive { get; set; }

    /// <summary>The site folder.</summary>
    public string Site { get; set; } = "./out/site";

    /// <summary>How long a command waits for a warehouse held by a job.</summary>
    public int BusyWaitSeconds { get; set; } = 30;

    /// <summary>The archive folder in effect.</summary>
    public string ArchiveFolder => Archive ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Warehouse)) ?? ".", "archive");
}

/// <summary>The <c>Schedule</c> section.</summary>
public sealed class ScheduleOptions
{
    /// <summary>Quartz cron of the ingest job.</summary>
    public string Ingest { get; set; } = "0 0/5 * * * ?";

    /// <summary>Quartz cron of the nightly rebuild.</summary>
    public string Site { get; set; } = "0 0 5 * * ?";

    /// <summary>A file is taken only after it has not changed for this long.</summary>
    public int QuietSeconds { get; set; } = 30;
}

/// <summary>The <c>Privacy</c> section.</summary>
public sealed class PrivacyOptions
{
    /// <summary>The secret of the person pseudonyms (null: a key file beside the warehouse).</summary>
    public string? PseudonymKey { get; set; }

    /// <summary>The smallest published denominator.</summary>
    public int MinCell { get; set; } = 5;
}

/// <summary>The <c>Indicators</c> section.</summary>
public sealed class IndicatorOptions
{
    /// <summary>A score below it is a deficit.</summary>
    public double DeficitThreshold { get; set; } = 60;
}

/// <summary>The <c>Dashboards</c> section.</summary>
public sealed class DashboardOptions
{
    /// <summary>The stale-data banner shows when the newest load is older than this.</summary>
    public int StaleAfterDays { get; set; } = 7;
}
