using Analytics.App.Options;
using Analytics.App.Running;
using Analytics.Dashboards;
using Analytics.Etl.Loading;
using Analytics.Warehouse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Analytics.App.Service;

/// <summary>Builds the site (the warehouse opened read-only while it reads); a failure is recorded and keeps the last good site.</summary>
public sealed class SiteRefresher(WarehouseGate gate, ISitePublisher publisher, WarehouseOpener opener, IOptions<AnalyticsOptions> paths,
    IOptions<DashboardOptions> dashboards, TimeProvider time, ILogger<SiteRefresher> logger)
{
    /// <summary>Rebuilds the site; returns whether it succeeded. Waiting for the warehouse ends with the cancellation.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        using var held = await gate.EnterAsync(cancellationToken);
        var options = paths.Value;
        if (!File.Exists(options.Warehouse))
        {
            return false;
        }
        var started = time.GetLocalNow().DateTime;
        string? error = null;
        try
        {
            var index = publisher.Publish(options.Warehouse, options.Site, Banner(options.Warehouse, started));
            logger.LogInformation("Site rebuilt: {Index}", index);
        }
#pragma warning disable CA1031 // Any failure of a build is recorded and the previous site kept; the job must not crash the service.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = "сайт не обновлён, остаётся прежний: " + RunFailure.Describe(e);
            logger.LogError("Site build failed, the previous site stays: {Error}", e.Message);
        }
        try
        {
            using var connection = opener.OpenReadWrite(options.Warehouse);
            connection.Execute(SqlScripts.Get("Sql/Service/site_run.sql"),
                ("started_at", started), ("finished_at", time.GetLocalNow().DateTime), ("outcome", error is null ? "done" : "failed"), ("error", error));
        }
        catch (WarehouseBusyException e)
        {
            logger.LogError("The site build could not be recorded: {Error}", e.Message);
        }
        return error is null;
    }

    private string? Banner(string warehouse, DateTime now)
    {
        using var connection = opener.OpenReadOnly(warehouse);
        var (outcome, newest, refused, names) = connection.Query(SqlScripts.Get("Sql/Service/freshness.sql"),
            r => (r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? (DateTime?)null : r.GetDateTime(1), Convert.ToInt64(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(3) ? null : r.GetString(3))).Single();
        var notes = new List<string>();
        if (outcome == "failed")
        {
            notes.Add("последняя загрузка данных завершилась ошибкой; показаны данные предыдущих загрузок (причина — в таблице запусков на странице «Данные»).");
        }
        if (refused > 0)
        {
            notes.Add($"при последней загрузке данных и после неё отклонено файлов: {refused} ({names}{(refused > 3 ? " и другие" : "")}) — причины на странице «Данные».");
        }
        if (newest is { } n && now - n > TimeSpan.FromDays(dashboards.Value.StaleAfterDays))
        {
            notes.Add($"данные устарели — последняя загрузка {RussianFormat.Date(n)}.");
        }
        return notes.Count == 0 ? null : "Внимание: " + string.Join(" ", notes);
    }
}
