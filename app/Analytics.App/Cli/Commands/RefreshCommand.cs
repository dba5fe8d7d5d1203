using System.CommandLine;
using System.Globalization;
using Analytics.App.Options;
using Analytics.Warehouse;
using Analytics.Warehouse.Marts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics refresh [--db FILE]</c>: recomputes the indicator marts, stale or not.</summary>
public static class RefreshCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("refresh", "Recompute the indicator marts (mart_indicator, mart_gap, mart_standing) from the facts") { db };
        command.SetAction(result =>
        {
            using var services = AnalyticsServices.ForCommand(("Analytics:Warehouse", result.GetValue(db)));
            var warehouse = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Warehouse;
            if (!File.Exists(warehouse))
            {
                throw new FileNotFoundException($"No warehouse at {Path.GetFullPath(warehouse)}; run `analytics ingest` or `analytics demo` first.");
            }
            using var connection = services.GetRequiredService<WarehouseOpener>().OpenReadWrite(warehouse);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            services.GetRequiredService<IndicatorMarts>().Refresh(connection);
            var counts = connection.Query("SELECT (SELECT count(*) FROM mart_indicator), (SELECT count(*) FROM mart_gap), (SELECT count(*) FROM mart_standing)",
                r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2))).Single();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Indicator marts refreshed in {clock.Elapsed.TotalSeconds:0.0} s: {counts.Item1} values, {counts.Item2} gap rows, {counts.Item3} standings"));
            return ExitCodes.Done;
        });
        return command;
    }
}
