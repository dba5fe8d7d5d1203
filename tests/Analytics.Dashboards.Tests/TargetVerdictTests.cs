using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Analytics.Tests.Support;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// A value that misses its target by less than its last shown decimal was printed as the target itself: 94,98 %
/// of a 95 % staffing target read «95,0 % … ✘ цель не достигнута», «отклонение от цели 0,0 п. п.» (39 municipalities'
/// route shares at the national scale read «10,0 %» against «10 %» and not met).
/// </summary>
public sealed class TargetVerdictTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void AValueIsShownWithTheDecimalsThatKeepItOnItsSideOfTheTarget()
    {
        // Seven teachers and three methodists: 7 / 3 = 2,33 teachers per methodist (lower is better) against a target
        // of 2 (from 2025: the built-in 250 holds from 2024) — shown whole it would be «2 чел.». One school of 1 000 positions with 949,8 filled: staffing
        // 94,98 % against 95 % (shown to one decimal «95,0 %»), vacancies 5,02 % against 5,1 % — met, and shown
        // to its usual one decimal «5,0 %», which keeps it met.
        using var w = new SmallWarehouse();
        w.WithOneSchool()
            .Csv("teachers_2025.csv", ["year,snils,birth_date,org_id,role,experience_years",
                .. Enumerable.Range(0, 7).Select(i => $"2025,{SmallWarehouse.Snils(200_000_000 + 1_111 * i)},01.02.1980,7201000001,teacher,10")])
            .Csv("methodists_2025.csv", ["year,snils,municipality_code,role",
                .. Enumerable.Range(0, 3).Select(i => $"2025,{SmallWarehouse.Snils(300_000_000 + 1_111 * i)},71701000,methodist")])
            .Csv("staffing_2025.csv", "org_id,date,positions,filled", "7201000001,01.09.2025,1000,949.8")
            .Csv("targets.csv", "indicator,from_year,target", "staffing_rate,2021,95", "teachers_per_methodist,2025,2", "vacancy_rate,2021,5.1", "vacancies,2021,100");
        w.Ingest().RowsRefused.Should().Be(0);
        var site = w.BuildSite();
        IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site, path)));

        var summary = Page("index.html");
        string Card(string code) => summary.QuerySelector($".card[data-year='2025'][data-indicator='{code}'] .value")!.TextContent;
        Card("staffing_rate").Should().Be("94,98\u00A0%");
        Card("teachers_per_methodist").Should().Be("2,3\u00A0чел.");
        Card("vacancy_rate").Should().Be("5,0\u00A0%");
        summary.QuerySelector(".card[data-year='2025'][data-indicator='staffing_rate']")!.ClassList.Should().Contain("bad");

        var municipality = Page("municipalities/71701000.html");
        string Cell(string code, int column) => municipality.QuerySelector($"div[data-year='2025'] tr[data-indicator='{code}']")!.Children[column].TextContent;
        Cell("staffing_rate", 1).Should().Be("94,98\u00A0%");
        Cell("staffing_rate", 2).Should().Be("94,98\u00A0%", "the region is this one municipality");
        Cell("teachers_per_methodist", 1).Should().Be("2,3\u00A0чел.");
        Cell("teachers_per_methodist", 4).Should().Be("2\u00A0чел.", "the target in its unit, as the value beside it");
        Cell("staffing_rate", 4).Should().Be("95,0\u00A0%");
        Cell("vacancy_rate", 1).Should().Be("5,0\u00A0%");
        // A count's target is the region's total (50,2 of 100 vacancies): the municipality's row says so, not «без цели».
        (Cell("vacancies", 4), Cell("vacancies", 5)).Should().Be(("—", "— цель только для региона"));

        var indicator = Page("indicators/staffing_rate.html");
        var row = indicator.QuerySelector("div[data-year='2025'] tr[data-entity='71701000']")!;
        row.Children[1].TextContent.Should().Be("94,98\u00A0%");
        row.Children[6].TextContent.Should().Be("−0,02\u00A0п.\u00A0п.", "the gap to the target is not «0,0»");
        var trend = System.Text.Json.Nodes.JsonNode.Parse(indicator.GetElementById("page-data")!.TextContent)!["charts"]!["trend"]!["figure"]!["data"]!.AsArray();
        trend.Single(t => t!["name"]!.GetValue<string>() == "Регион")!["customdata"]!.AsArray().Select(c => c!.GetValue<string>())
            .Should().Equal(["94,98\u00A0%"], "the trend's hover shows the region's value as the table does");

        // The pack: its sentence, and the workbook's cell keeps the number with a format of two decimals.
        using var connection = TestDefaults.MartOpener.OpenReadOnly(w.Warehouse);
        var pack = new Pack.PackBuilder(SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local)), new Pack.PackSettings(MinCell: 5), TestDefaults.Indicators).Build(2025);
        var blocks = pack.Sections.SelectMany(s => s.Blocks).ToList();
        blocks.OfType<Pack.PackParagraph>().Should().Contain(p => p.Text.Contains("— 94,98\u00A0% при целевом значении 95,0\u00A0%", StringComparison.Ordinal));
        var cells = blocks.OfType<Pack.PackTable>().SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.Number == 94.98).ToList();
        cells.Should().NotBeEmpty().And.OnlyContain(c => c.Text == "94,98\u00A0%" && c.Format == "#,##0.00");
    }
}
