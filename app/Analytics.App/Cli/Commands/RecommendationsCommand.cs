using System.CommandLine;
using Analytics.App.Options;
using Analytics.Dashboards;
using Analytics.Dashboards.Cycle;
using Analytics.Warehouse;
using Analytics.Warehouse.Exports;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using Analytics.Warehouse.Recommendations;
using Apache.Arrow.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary>
/// <c>analytics recommendations --year Y [--issue] [--format csv|json|xlsx] [--out FILE]</c>: a
/// year's addressed recommendations — the issued set where one exists, else the rules' draft;
/// with <c>--issue</c> the draft is recorded as issued today (replacing the year's earlier set).
/// </summary>
public static class RecommendationsCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var options = ExportOptions.WithoutSuppressed();
        var issue = new Option<bool>("--issue") { Description = "Record the year's set as issued today (a new issue of the same year replaces the earlier set)" };
        var command = new Command("recommendations", "Write (and with --issue record) a year's addressed recommendations") { issue };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var request = options.Read(result);
            if (request.Format == ExportFormat.Arrow)
            {
                throw new ArgumentException("--format arrow is not offered for recommendations: use csv, json or xlsx");
            }
            using var services = AnalyticsServices.ForCommand(("Analytics:Warehouse", request.Db));
            var warehouse = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Warehouse;
            RecommendationSet set;
            Dictionary<string, string> names;
            int year;
            using (var connection = services.GetRequiredService<MartOpener>().OpenReadOnly(warehouse))
            {
                var data = SiteData.Load(connection, DateTime.Now, OrganizationScope.None); // the rules read the municipality level
                // The latest complete year unless asked: an incomplete year's zeros are missing files, not work to recommend on.
                year = request.Year ?? (data.Years.Count > 0 ? data.DefaultYear : throw new InvalidOperationException("The warehouse holds no indicator values yet: load data first."));
                data.RequireYear(year);
                if (IncompleteYear.Text(data, year) is { } incomplete)
                {
                    Console.Error.WriteLine("warning: " + incomplete);
                }
                set = !result.GetValue(issue) && data.Issued.TryGetValue(year, out var earlier) ? earlier : new RecommendationRules(data.Results, DateOnly.FromDateTime(data.BuiltAt)).Draft(year);
                names = data.Municipalities.ToDictionary(m => m.Code, m => m.Name);
            }
            if (result.GetValue(issue))
            {
                using var connection = services.GetRequiredService<WarehouseOpener>().OpenReadWrite(warehouse);
                var today = DateOnly.FromDateTime(DateTime.Today);
                Console.Error.WriteLine(RecommendationStore.Issue(connection, set, today));
                set = set with { IssuedOn = today };
            }
            var columns = Columns(names, set);
            request.WriteTo(stream => TableExport.Write(columns, set.Items, request.Format, stream, request.Csv, sheet: "Рекомендации"));
            return ExitCodes.Done;
        });
        return command;
    }

    private static IReadOnlyList<ExportColumn<Recommendation>> Columns(Dictionary<string, string> names, RecommendationSet set) =>
    [
        new("year", "Год", Int32Type.Default, r => r.Year),
        new("municipality_code", "Код МО", StringType.Default, r => r.Municipality),
        new("municipality_name", "Муниципалитет", StringType.Default, r => names.GetValueOrDefault(r.Municipality, r.Municipality)),
        new("indicator", "Показатель (код)", StringType.Default, r => r.Indicator),
        new("indicator_name", "Показатель", StringType.Default, r => IndicatorCatalog.Find(r.Indicator)?.Name),
        new("position", "№ рекомендации в перечне МО", Int32Type.Default, r => r.Position),
        new("severity", "Важность (3 — высокая)", Int32Type.Default, r => r.Severity),
        new("condition", "Условие", StringType.Default, r => RecommendationCatalog.Conditions.Single(c => c.Condition == r.Condition).Name),
        new("text", "Рекомендация", StringType.Default, r => r.Text),
        new("responsible", "Ответственные", StringType.Default, r => r.Responsible),
        new("term", "Срок", StringType.Default, r => r.Term),
        new("status", "Статус набора", StringType.Default, _ => set.IssuedOn is { } on ? $"выдан {on:dd.MM.yyyy}" : "проект"),
    ];
}
