using System.CommandLine;
using Analytics.App.Options;
using Analytics.Warehouse.Exports;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary>
/// <c>analytics indicators</c> and <c>analytics gaps</c>: the figures of the indicator marts (refreshed
/// first when stale), suppressed rows masked unless the owner asks for <c>--include-suppressed</c>.
/// </summary>
public static class IndicatorsCommand
{
    /// <summary>The <c>indicators</c> command.</summary>
    public static Command Indicators()
    {
        var options = ExportOptions.Create();
        var level = new Option<string?>("--level") { Description = "region | municipality | organization" };
        level.AcceptOnlyFromAmong(IndicatorValue.Region, IndicatorValue.Municipality, IndicatorValue.Organization);
        var command = new Command("indicators", "Write the indicator values (docs/indicators.md)") { level };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var request = options.Read(result);
            var onlyLevel = result.GetValue(level);
            Read(request, reader =>
            {
                if (request.Format == ExportFormat.Xlsx)
                {
                    var sheets = IndicatorExports.LevelSheets.Where(s => onlyLevel is null || s.Level == onlyLevel)
                        .Select(s => (s.Sheet, reader.EachValue(request.Year, s.Level)));
                    request.WriteTo(stream => XlsxExport.Write(IndicatorExports.Indicators, sheets, stream));
                    return;
                }
                request.WriteTo(stream => TableExport.Write(IndicatorExports.Indicators, reader.EachValue(request.Year, onlyLevel), request.Format, stream, request.Csv));
            });
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The <c>gaps</c> command.</summary>
    public static Command Gaps()
    {
        var options = ExportOptions.Create();
        var command = new Command("gaps", "Write the gap metrics between municipalities");
        options.AddTo(command);
        command.SetAction(result =>
        {
            var request = options.Read(result);
            Read(request, reader => request.WriteTo(stream =>
                TableExport.Write(IndicatorExports.Gaps, reader.Gaps(request.Year), request.Format, stream, request.Csv, sheet: "Разрывы")));
            return ExitCodes.Done;
        });
        return command;
    }

    private static void Read(ExportRequest request, Action<MartReader> write)
    {
        using var services = AnalyticsServices.ForCommand(("Analytics:Warehouse", request.Db));
        var warehouse = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Warehouse;
        if (request.IncludeSuppressed)
        {
            ExportOptions.WarnSuppressed(services.GetRequiredService<IndicatorSettings>());
        }
        using var connection = services.GetRequiredService<MartOpener>().OpenReadOnly(warehouse);
        var reader = new MartReader(connection, request.IncludeSuppressed);
        if (request.Year is { } year && reader.Years() is var years && !years.Contains(year))
        {
            // The output stays well-formed (a header alone) for scripts; a person is told why it is empty.
            Console.Error.WriteLine("warning: " + MartReader.NoValuesFor(year, years));
        }
        write(reader);
    }
}
