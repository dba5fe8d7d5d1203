namespace Analytics.App.Options;

/// <summary>The <c>Schedule</c> section: the scheduled service.</summary>
public sealed class ScheduleOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Schedule";

    /// <summary>Quartz cron of the ingest job.</summary>
    public string Ingest { get; set; } = "0 0/5 * * * ?";

    /// <summary>Quartz cron of the nightly rebuild.</summary>
    public string Site { get; set; } = "0 0 5 * * ?";

    /// <summary>A file is taken only after it has not changed for this long.</summary>
    public int QuietSeconds { get; set; } = 30;
}
