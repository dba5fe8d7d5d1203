using Quartz;

namespace Analytics.App.Service.Jobs;

/// <summary>The identities of the scheduled jobs.</summary>
public static class JobKeys
{
    /// <summary>The ingest job.</summary>
    public static readonly JobKey Ingest = new("ingest", "analytics");

    /// <summary>The site job.</summary>
    public static readonly JobKey Site = new("site", "analytics");
}
