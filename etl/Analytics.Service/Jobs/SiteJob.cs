using Analytics.Dashboards;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Analytics.Service.Jobs;

/// <summary>The scheduled rebuild of the site.</summary>
[DisallowConcurrentExecution]
public sealed class SiteJob(SiteRefresher refresher) : IJob
{
    /// <inheritdoc />
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        refresher.Refresh();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Builds the site (the warehouse opened read-only while it reads); a failure is recorded and keeps the last good site.</summary>
public sealed class SiteRefresher(WarehouseGate gate, ISitePublisher publisher, IOptions<AnalyticsOptions> paths, IOptions<PrivacyOptions> privacy,
    IOptions<IndicatorOptions> indicators, IOptions<DashboardOptions> dashboards, TimeProvider time, ILogger<SiteRefresher> logger)
{
    /// <summary>Rebuilds the site; returns whether it succeeded.</summary>
    public bool Refresh()
    {
        using var held = gate.Enter();
        var options = paths.Value;
        var warehouse = new Warehouse.Warehouse(options.Warehouse) { BusyWait = TimeSpan.FromSeconds(options.BusyWaitSeconds) };
        if (!warehouse.Exists)
        {
            return false;
        }
        var started = time.GetLocalNow().DateTime;
        string? error = null;
        try
        {
            var banner = Banner(warehouse, started);
            var index = publisher.Publish(new IndicatorSettings(indicators.Value.DeficitThreshold, privacy.Value.MinCell), banner, options.Warehouse, options.Site);
            logger.LogInformation("Site rebuilt: {Index}", index);
        }
#pragma warning disable CA1031 // Any failure of a build is recorded and the previous site kept; the job must not crash the service.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = e.Message;
            logger.LogError("Site build failed, the previous site stays: {Error}", e.Message);
        }
        using var connection = warehouse.OpenReadWrite();
        connection.Execute(SqlScripts.Get("Sql/Service/site_run.sql"),
            ("started_at", started), ("finished_at", time.GetLocalNow().DateTime), ("outcome", error is null ? "done" : "failed"), ("error", error));
        return error is null;
    }

    private string? Banner(Warehouse.Warehouse warehouse, DateTime now)
    {
        using var connection = warehouse.OpenReadOnly();
        var (outcome, newest) = connection.Query(SqlScripts.Get("Sql/Service/freshness.sql"),
            r => (r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? (DateTime?)null : r.GetDateTime(1))).Single();
        if (outcome == "failed")
        {
            return "Внимание: последняя загрузка данных завершилась ошибкой; показаны данные предыдущих загрузок.";
        }
        return newest is { } n && now - n > TimeSpan.FromDays(dashboards.Value.StaleAfterDays)
            ? $"Внимание: данные устарели — последняя загрузка {RussianFormat.Date(n)}."
            : null;
    }
}

/// <summary>Publishes the site (a seam so that a failing build can be tested).</summary>
public interface ISitePublisher
{
    /// <summary>Builds and swaps in the site; returns index.html.</summary>
    string Publish(IndicatorSettings settings, string? banner, string warehouse, string site);
}

/// <summary>The real publisher: <see cref="SiteBuilder"/>.</summary>
public sealed class SitePublisher : ISitePublisher
{
    /// <inheritdoc />
    public string Publish(IndicatorSettings settings, string? banner, string warehouse, string site) =>
        new SiteBuilder(settings) { Banner = banner }.Build(warehouse, site);
}
