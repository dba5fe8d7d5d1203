using System.CommandLine;
using Analytics.App.Options;
using Analytics.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Analytics.Warehouse.Exports;
using Analytics.Warehouse.Indicators;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics indicators</c> and <c>analytics gaps</c>: the figures of the warehouse, opened read-only.</summary>
public static class IndicatorsCommand
{
    /// <summary>The <c>indicators</c> command.</summary>
    public static Command Indicators()
    {
        var (db, year, format, output) = CommonOptions.Export();
        var level = new Option<string?>("--level") { Description = "region | municipality | organization" };
        level.AcceptOnlyFromAmong(IndicatorValue.Region, IndicatorValue.Municipality, IndicatorValue.Organization);
        var command = new Command("indicators", "Write the indicator values (docs/indicators.md)") { db, year, level, format, output };
        command.SetAction(result =>
        {
            var values = Compute(result.GetValue(db))
                .Where(v => result.GetValue(year) is not { } y || v.Year == y)
                .Where(v => result.GetValue(level) is not { } l || v.Level == l);
            Write(IndicatorExports.Indicators, values, result.GetValue(format), result.GetValue(output));
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The <c>gaps</c> command.</summary>
    public static Command Gaps()
    {
        var (db, year, format, output) = CommonOptions.Export();
        var command = new Command("gaps", "Write the gap metrics between municipalities") { db, year, format, output };
        command.SetAction(result =>
        {
            var gaps = ComputeAll(result.GetValue(db)).Gaps.Where(g => result.GetValue(year) is not { } y || g.Year == y);
            Write(IndicatorExports.Gaps, gaps, result.GetValue(format), result.GetValue(output));
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>All values of the warehouse with the configured settings.</summary>
    public static List<IndicatorValue> Compute(string? db) => ComputeAll(db).Values;

    /// <summary>All values, gaps and standings of the warehouse with the configured settings.</summary>
    public static IndicatorResults ComputeAll(string? db)
    {
        using var services = AnalyticsServices.ForCommand(("Analytics:Warehouse", db));
        var warehouse = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Warehouse;
        using var connection = services.GetRequiredService<WarehouseOpener>().OpenReadOnly(warehouse);
        return new IndicatorEngine(connection, services.GetRequiredService<IndicatorSettings>()).ComputeAll();
    }

    private static void Write<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, ExportFormat format, string? output)
    {
        if (output is null)
        {
            if (format == ExportFormat.Arrow)
            {
                throw new ArgumentException("--format arrow needs --out FILE");
            }
            using var stdout = Console.OpenStandardOutput();
            TableExport.Write(columns, rows, format, stdout);
            return;
        }
        var temp = output + ".tmp";
        using (var file = File.Create(temp))
        {
            TableExport.Write(columns, rows, format, file);
        }
        File.Move(temp, output, overwrite: true);
    }
}
