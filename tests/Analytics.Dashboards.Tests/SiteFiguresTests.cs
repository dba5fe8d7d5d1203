using System.Globalization;
using AngleSharp.Html.Parser;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Tests;

/// <summary>The site shows the figures of the indicators command, and publishes atomically.</summary>
[Collection("site")]
public class SiteFiguresTests(SiteFixture site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void AnIndicatorTableLeavesNoCellBlankAndSaysADashWhereAFigureIsMissing()
    {
        // Seen on indicators/teachers_per_methodist.html: a municipality «нет методистов» had its «Отклонение от цели» and
        // «Изменение к прошлому году» blank, as had every row of 2021 (no year before) — a blank cell reads as a figure
        // left out, where the site's other tables say «—».
        var dashes = new Dictionary<string, int>();
        var first = site.Values.Min(v => v.Year);
        var counted = 0;
        List<MunicipalityStanding> standings;
        using (var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse))
        {
            standings = new Analytics.Warehouse.Marts.MartReader(connection).All().Standings.ToList();
        }
        foreach (var indicator in IndicatorCatalog.All)
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "indicators", indicator.Code + ".html")));
            foreach (var block in page.QuerySelectorAll("div[data-year]").Where(b => b.QuerySelector("table thead th")?.TextContent == "Муниципалитет"))
            {
                var year = int.Parse(block.GetAttribute("data-year")!, CultureInfo.InvariantCulture);
                var header = block.QuerySelectorAll("table thead th").Select(th => th.TextContent).ToList();
                foreach (var row in block.QuerySelectorAll("table tbody tr").Where(r => r.QuerySelector(".hidden-cell") is null))
                {
                    var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
                    cells.Should().HaveCount(header.Count).And.NotContain("", $"{indicator.Code} {year}: {string.Join(" | ", cells)}");
                    var code = row.GetAttribute("data-entity")!;
                    var standing = standings.SingleOrDefault(st => st.Indicator == indicator.Code && st.Year == year && st.Municipality == code);
                    var change = cells[header.IndexOf("Изменение к прошлому году")];
                    // A count is not compared (no standing), but its change is a figure all the same.
                    double? Published(int y) => site.Values.SingleOrDefault(v => v.Indicator == indicator.Code && v.Year == y && v.EntityCode == code && v.Level == "municipality") is { Suppressed: false, Value: { } x } ? x : null;
                    var expected = indicator.Comparable ? standing?.ChangeFromPreviousYear : Published(year) - Published(year - 1);
                    (change == "—").Should().Be(expected is null, $"{indicator.Code} {year} {code}: «{change}»");
                    if (expected is { } e)
                    {
                        change.Should().Be(RussianFormat.Change(indicator, e));
                        counted += indicator.Comparable ? 0 : 1;
                    }
                    if (change == "—")
                    {
                        var when = year == first ? "first year" : "later";
                        dashes[when] = dashes.GetValueOrDefault(when) + 1;
                    }
                }
            }
        }
        dashes.Keys.Should().Contain(["first year", "later"], "every first-year change is missing, and a later one where the year before had no figure");
        counted.Should().BePositive("a count's change to the year before is shown (it was blank)");
    }

    [Fact]
    public void TheCardsShowTheRegionValuesOfTheIndicatorsOutput()
    {
        var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "index.html")));
        var cards = document.QuerySelectorAll(".card[data-indicator]").ToList();
        cards.Should().HaveCount(IndicatorCatalog.All.Count * 5);
        foreach (var card in cards)
        {
            var value = site.Values.Single(v => v.Indicator == card.GetAttribute("data-indicator") && v.Year == int.Parse(card.GetAttribute("data-year")!, CultureInfo.InvariantCulture) && v.Level == "region");
            card.GetAttribute("data-value").Should().Be(value.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "");
            ShouldShow(card.QuerySelector(".value")!.TextContent, IndicatorCatalog.Find(value.Indicator)!, value.Value, value.Target);
        }
    }

    /// <summary>
    /// A value as a Russian reader expects it, checked without the product's formatter: digits
    /// grouped by a narrow no-break space, a decimal comma, one decimal for shares and ratios, a
    /// no-break space and the unit; the figure read back equals the value to the shown precision.
    /// Beside a target, as many more decimals as keep the shown figure on the value's side of it.
    /// </summary>
    private static void ShouldShow(string text, IndicatorDefinition indicator, double? value, double? target = null)
    {
        if (value is null)
        {
            text.Should().Be("—");
            return;
        }
        text.Should().EndWith("\u00A0" + indicator.Unit);
        var number = text[..^(indicator.Unit.Length + 1)];
        // Persons are shown whole (a count or persons per methodist), everything else with one decimal.
        var decimals = indicator.Unit != "чел." ? 1 : 0;
        bool Meets(double x, double t) => indicator.Direction == Direction.Higher ? x >= t : x <= t;
        while (target is { } t && Meets(Math.Round(value.Value, decimals, MidpointRounding.AwayFromZero), t) != Meets(value.Value, t))
        {
            decimals++;
        }
        number.Should().MatchRegex(decimals > 0 ? $@"^-?\d{{1,3}}(\u202F\d{{3}})*,\d{{{decimals}}}$" : @"^-?\d{1,3}(\u202F\d{3})*$", indicator.Code);
        var read = double.Parse(number.Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
        read.Should().BeApproximately(value.Value, 0.5 * Math.Pow(10, -decimals) + 1e-9, indicator.Code);
        if (target is { } shownAgainst)
        {
            Meets(read, shownAgainst).Should().Be(Meets(value.Value, shownAgainst), $"{indicator.Code}: {text} beside a target of {shownAgainst}");
        }
    }

    [Fact]
    public void TheIndicatorTablesShowTheMunicipalityValuesOfTheIndicatorsOutput()
    {
        var compared = 0;
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.HasMunicipalities))
        {
            var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "indicators", indicator.Code + ".html")));
            foreach (var v in site.Values.Where(v => v.Indicator == indicator.Code && v.Level == "municipality"))
            {
                var row = document.QuerySelector($"[data-year='{v.Year}'] tr[data-entity='{v.EntityCode}']");
                row.Should().NotBeNull($"{indicator.Code} {v.Year} {v.EntityCode}");
                row!.GetAttribute("data-value").Should().Be(v.Suppressed ? "" : v.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "");
                compared++;
            }
        }
        compared.Should().BeGreaterThan(2000);
    }

    [Fact]
    public void AFailedBuildLeavesThePreviousSiteAndASuccessfulOneReplacesIt()
    {
        var folder = Path.Combine(site.Folder, "atomic");
        var builder = new SiteBuilder(Analytics.Tests.Support.TestDefaults.MartOpener, Analytics.Tests.Support.TestDefaults.Indicators);
        builder.Build(site.Warehouse, folder);
        // A mark inside one of the site's own files (a file it does not write would make the folder refused: SiteFolder).
        var marked = Path.Combine(folder, "methodology.html");
        File.WriteAllText(marked, "previous site");
        var broken = Path.Combine(site.Folder, "broken.duckdb");
        File.WriteAllText(broken, "this is not a warehouse");

        var failing = () => builder.Build(broken, folder);

        failing.Should().Throw<Exception>().Which.Should().NotBeOfType<ArgumentException>("the warehouse failed, not the folder");
        File.ReadAllText(marked).Should().Be("previous site");
        File.Exists(Path.Combine(folder, "index.html")).Should().BeTrue();
        Directory.GetDirectories(site.Folder).Should().NotContain(d => Path.GetFileName(d).Contains(".building-", StringComparison.Ordinal));

        builder.Build(site.Warehouse, folder);
        File.ReadAllText(marked).Should().Contain("Методика", "the new site replaced the old one whole");
        File.Exists(Path.Combine(folder, "index.html")).Should().BeTrue();
    }
}
