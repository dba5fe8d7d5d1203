namespace Analytics.App.Options;

/// <summary>The <c>Dashboards</c> section.</summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Dashboards";

    /// <summary>The stale-data banner shows when the newest load is older than this.</summary>
    public int StaleAfterDays { get; set; } = 7;
}
