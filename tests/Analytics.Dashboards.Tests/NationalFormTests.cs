using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Analytics.Generator;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using Microsoft.Playwright;

namespace Analytics.Dashboards.Tests;

/// <summary>A generated country in small: the region's 26 municipalities and 44 synthetic ones (over the site's list limit of 60).</summary>
public sealed class NationalSiteFixture : SiteFixture
{
    public const int Municipalities = 70;

    public NationalSiteFixture() : base(Prepare())
    {
    }

    private static string Prepare()
    {
        var inbox = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"), "inbox");
        new InboxGenerator(new GeneratorOptions(inbox, Teachers: 6000, FirstYear: 2023, LastYear: 2025, Seed: 5)
        {
            Municipalities = Municipalities,
            CsvOnly = true,
            InjectErrors = false,
        }).Generate();
        return inbox;
    }
}

/// <summary>
/// Above 60 municipalities the lists take their national form (issue 13): the best and worst ten,
/// a distribution, every row in the CSV, the picker's list in one shared file. Expected figures come
/// from the warehouse's marts.
/// </summary>
public class NationalFormTests(NationalSiteFixture site) : IClassFixture<NationalSiteFixture>
{
    private static readonly HtmlParser Parser = new();
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    private (List<MunicipalityStanding> Standings, List<CompositeIndex> Composite, Dictionary<string, string> Names, int Values) Marts(string indicator, int year)
    {
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var reader = new MartReader(connection);
        var names = connection.Query("SELECT code, name FROM dim_municipality", r => (r.GetString(0), r.GetString(1))).ToDictionary(x => x.Item1, x => x.Item2);
        var values = reader.Values(year, "municipality").Count(v => v.Indicator == indicator);
        return (reader.Standings().Where(s => s.Indicator == indicator && s.Year == year).ToList(), reader.Composite().Where(c => c.Year == year).ToList(), names, values);
    }

    private JsonNode PageData(string page) =>
        JsonNode.Parse(Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, page))).GetElementById("page-data")!.TextContent)!;

    [Fact]
    public void TheGeneratorMadeSeventyMunicipalitiesWithDistinctPlausibleNames()
    {
        var (_, _, names, _) = Marts("diag_coverage", 2025);
        names.Should().HaveCount(NationalSiteFixture.Municipalities);
        names.Values.Should().OnlyHaveUniqueItems();
        names.Values.Should().OnlyContain(n => n.StartsWith("город ", StringComparison.Ordinal) || n.EndsWith(" округ", StringComparison.Ordinal) || n.EndsWith(" район", StringComparison.Ordinal));
        Directory.EnumerateFiles(Path.Combine(site.Site, "municipalities"), "*.html").Should().HaveCount(NationalSiteFixture.Municipalities);
    }

    [Fact]
    public void AnIndicatorPageRanksTheTenBestAndTenWorstAndItsCsvHoldsEveryMunicipality()
    {
        var (standings, _, names, values) = Marts("diag_coverage", 2025);
        var ranked = standings.OrderBy(s => s.Rank).ThenBy(s => names[s.Municipality], RussianOrder.Names).ToList();
        ranked.Should().HaveCountGreaterThan(20);
        var expected = ranked.Take(10).Concat(ranked.Skip(ranked.Count - 10)).ToList();

        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "indicators", "diag_coverage.html")));
        var block = page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == "2025" && d.QuerySelector("table") is not null);
        var rows = block.QuerySelectorAll("tbody tr").ToList();
        rows.Select(r => r.GetAttribute("data-entity")).Should().Equal(expected.Select(s => s.Municipality));
        rows.Select(r => r.QuerySelectorAll("td")[4].TextContent).Should().Equal(expected.Select(s => $"{s.Rank} из {s.Of}"));
        block.TextContent.Should().Contain($"Показаны 10 первых и 10 последних из {values} муниципалитетов");

        var data = PageData(Path.Combine("indicators", "diag_coverage.html"));
        var csv = data["csv"]!["table-2025"]!["text"]!.GetValue<string>().Split("\r\n");
        var header = Array.IndexOf(csv, csv.First(l => l.StartsWith("Код МО;", StringComparison.Ordinal)));
        csv.Skip(header + 1).Count(l => l.Length > 0).Should().Be(values);

        // The ranking: the same twenty bars, best at the top, and the number left out between them.
        var ranking = data["charts"]!["ranking"]!["byYear"]!["2025"]!;
        var bars = ranking["data"]![0]!["y"]!.AsArray().Select(y => y!.GetValue<string>()).ToList();
        bars.Should().Equal(expected.AsEnumerable().Reverse().Select(s => names[s.Municipality]));
        ranking["layout"]!["annotations"]!.AsArray().Select(a => a!["text"]!.GetValue<string>())
            .Should().Contain($"… ещё {standings.Count - 20} муниципалитетов между ними …");

        // The distribution: every published municipality in one of its bands.
        var distribution = data["charts"]!["distribution"]!["byYear"]!["2025"]!["data"]![0]!["y"]!.AsArray().Sum(n => n!.GetValue<int>());
        distribution.Should().Be(standings.Count(s => s.Value is not null));
    }

    [Fact]
    public void TheGapMapShowsTheTenHighestAndTheTenLowestCompositeIndex()
    {
        var (_, composite, names, _) = Marts("diag_coverage", 2025);
        composite.Should().HaveCountGreaterThan(20);
        var ranked = composite.OrderBy(c => c.Rank).ThenBy(c => names[c.Municipality], RussianOrder.Names).ToList();
        var expected = ranked.Take(10).Concat(ranked.Skip(ranked.Count - 10)).Select(c => names[c.Municipality]).ToList();
        var map = PageData("index.html")["charts"]!["gapmap"]!["byYear"]!["2025"]!;
        map["data"]![0]!["y"]!.AsArray().Select(y => y!.GetValue<string>()).Should().Equal(expected);
        map["layout"]!["annotations"]!.AsArray().Select(a => a!["text"]!.GetValue<string>())
            .Should().Contain($"… ещё {composite.Count - 20} муниципалитетов между ними …");
        var chips = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "index.html")))
            .QuerySelectorAll(".gap-chips > div[data-year='2025'] .chip-name").Select(a => a.TextContent).ToList();
        chips.Should().Equal(expected);
    }

    [Fact]
    public void ThePrintedPackListsOnlyTheMunicipalitiesWithoutStaffDataAndItsWorkbookSheetEveryOne()
    {
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var names = connection.Query("SELECT code, name FROM dim_municipality ORDER BY name, code", r => (Code: r.GetString(0), Name: r.GetString(1))).ToList();
        var submitted = connection.Query(
            "SELECT DISTINCT o.municipality_code FROM fact_staff s JOIN dim_organization o USING (org_id) WHERE s.year = 2025", r => r.GetString(0)).ToHashSet();
        var missing = names.Where(n => !submitted.Contains(n.Code)).Select(n => n.Name).ToList();
        var data = SiteData.Load(connection, new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Local));

        var document = new Pack.PackBuilder(data, new Pack.PackSettings(MinCell: 5), Analytics.Tests.Support.TestDefaults.Indicators).Build(2025);

        var coverage = document.Sections.Single(s => s.Title == "Охват и качество данных");
        var table = coverage.Blocks.OfType<Pack.PackTable>().Single(t => t.Sheet == "Охват данных");
        table.Rows.Select(r => r[0].Text).Should().BeEquivalentTo(names.Select(n => n.Name), "the workbook's sheet holds every municipality");
        table.PrintedRows.Select(r => r[0].Text).Should().BeEquivalentTo(missing.Take(SiteData.ListLimit), "the PDF and the DOCX list those without staff data");
        Pack.PackTable.IsPrinted(table).Should().Be(missing.Count > 0);
        var text = string.Join(" ", coverage.Blocks.OfType<Pack.PackParagraph>().Select(p => p.Text));
        text.Should().Contain($"представили {submitted.Count} из {NationalSiteFixture.Municipalities} муниципалитетов")
            .And.Contain($"Охват данных по каждому из {NationalSiteFixture.Municipalities} муниципалитетов — в рабочей книге XLSX (лист «Охват данных»)");
    }

    [Fact]
    public void EveryPageStaysSmallAndThePickerListsEveryMunicipalityOnce()
    {
        site.Pages.Should().OnlyContain(p => new FileInfo(p).Length < 2_000_000);
        Picker.Read(site.Site).Select(m => m.Name).Should().OnlyHaveUniqueItems().And.HaveCount(NationalSiteFixture.Municipalities);
        // A page no longer carries the names itself.
        File.ReadAllText(Path.Combine(site.Site, "index.html")).Should().NotContain("<option value=\"город Тюмень\"");
    }

    [Fact]
    public async Task SampledPagesRenderEveryChartWithNoConsoleErrorAndThePickerOpensAMunicipality()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTests.Launch(playwright);
        var page = await browser.NewPageAsync();
        var (errors, outside) = BrowserTests.Watch(page, site.Site);
        var municipality = Directory.EnumerateFiles(Path.Combine(site.Site, "municipalities")).Order(StringComparer.Ordinal).Last();
        foreach (var path in new[] { "index.html", "collegium.html", "deficits.html", "effectiveness.html", "data.html", Path.Combine("indicators", "diag_coverage.html"), Path.GetRelativePath(site.Site, municipality) })
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Site, path)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var charts = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.chart')].filter(d => !d.closest('[hidden]') && d.offsetParent !== null).length");
            var rendered = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.chart')].filter(d => !d.closest('[hidden]') && d.offsetParent !== null && d.querySelector('.main-svg')).length");
            rendered.Should().Be(charts, path);
        }

        // The picker, filled from assets/municipalities.js, opens the page of a typed name in the selected year at the indicator.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "indicators", "diag_coverage.html")).AbsoluteUri + "#year=2024");
        (await page.EvaluateAsync<int>("() => document.querySelectorAll('#municipality-list option').length")).Should().Be(NationalSiteFixture.Municipalities);
        var (_, _, names, _) = Marts("diag_coverage", 2025);
        var (code, name) = names.Where(n => n.Key.StartsWith('0')).OrderBy(n => n.Key, StringComparer.Ordinal).First() is var p ? (p.Key, p.Value) : default;
        await page.FillAsync("#municipality-picker", name);
        await page.PressAsync("#municipality-picker", "Enter");
        await page.WaitForFunctionAsync("() => location.pathname.endsWith('/municipalities/" + code + ".html')");
        page.Url.Should().EndWith($"municipalities/{code}.html#year=2024&indicator=diag_coverage");
        errors.Should().BeEmpty();
        outside.Should().BeEmpty();
    }
}
