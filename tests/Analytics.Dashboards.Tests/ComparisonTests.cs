using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Tests;

/// <summary>Counts measure size, not performance: the pages never compare municipalities on them.</summary>
[Collection("site")]
public class ComparisonTests(SiteFixture site)
{
    private static readonly IndicatorDefinition[] Counts = IndicatorCatalog.All.Where(i => i.HasMunicipalities && !i.Comparable).ToArray();

    [Fact]
    public void NoCountIsInTheGapMapTheLargestGapsTheLeadersOrARecommendation()
    {
        Counts.Select(c => c.Code).Should().BeEquivalentTo("vacancies", "methodical_active");
        var collegium = File.ReadAllText(Path.Combine(site.Site, "collegium.html"));
        foreach (var count in Counts)
        {
            collegium.Should().NotContain(count.Name, "the collegium pack's gaps, leaders and findings compare municipalities");
        }

        // The gap map (on the summary page) has a column per compared indicator, labelled with its
        // short name in the figure's JSON (non-ASCII escaped as the page writes it).
        static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
        var index = File.ReadAllText(Path.Combine(site.Site, "index.html"));
        index.Should().Contain(Json(IndicatorCatalog.Find("vacancy_rate")!.ShortName)).And.Contain(Json(IndicatorCatalog.Find("methodical_active_per_1000")!.ShortName));
        foreach (var count in Counts)
        {
            index.Should().NotContain(Json(count.ShortName), "a count is not a column of the gap map");
        }

        var municipalities = Directory.GetFiles(Path.Combine(site.Site, "municipalities"), "*.html");
        municipalities.Should().HaveCount(26);
        foreach (var page in municipalities)
        {
            var text = File.ReadAllText(page);
            foreach (var count in Counts)
            {
                text.Should().NotContain($"«{count.ShortName}»", "a recommendation names its indicator in quotes");
            }
        }
    }

    [Fact]
    public void AMunicipalityWithoutMethodistsIsShownAsSuchAndRanksLast()
    {
        var page = File.ReadAllText(Path.Combine(site.Site, "indicators", "teachers_per_methodist.html"));
        page.Should().Contain("нет методистов");
    }
}

/// <summary>One colour language: the worst deficit rate is at the «bad» end of the site's palette.</summary>
[Collection("site")]
public class PaletteTests(SiteFixture site)
{
    [Fact]
    public void TheHighestDeficitRateIsColouredAsBadAndTheLowestAsGood()
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "deficits.html")));
        var data = System.Text.Json.Nodes.JsonNode.Parse(html.GetElementById("page-data")!.TextContent)!;
        var years = data["charts"]!["heatmap"]!["byYear"]!.AsObject();
        years.Count.Should().BeGreaterThan(0);
        foreach (var (year, figure) in years)
        {
            var trace = figure!["data"]![0]!;
            var scale = trace["colorscale"]!.AsArray();
            // z is the deficit rate, zmin 0 and zmax the largest: the top of the scale is the worst cell.
            ((string)scale[^1]![1]!).Should().Be(Analytics.Dashboards.Charts.Figure.Bad, year);
            ((string)scale[0]![1]!).Should().Be(Analytics.Dashboards.Charts.Figure.Ok, year);
            ((double)scale[^1]![0]!).Should().Be(1.0);
            trace["zmin"]!.GetValue<double>().Should().Be(0);
        }
    }
}

/// <summary>The methodology page, the indicator pages and the outputs apply the same target every year.</summary>
[Collection("site")]
public class TargetTests(SiteFixture site)
{
    private static readonly System.Globalization.CultureInfo Ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");

    private static double? Number(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"^(?:\d{4}(?:–\d{4})?: )?([\d\u00A0 ]+(?:,\d+)?)") is { Success: true } m
            ? double.Parse(m.Groups[1].Value.Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), Ru)
            : null;

    [Fact]
    public void TheTargetShownForEveryIndicatorAndYearIsTheTargetOfTheIndicatorsOutput()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var methodology = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "methodology.html")));
        var years = site.Values.Select(v => v.Year).Distinct().Order().ToList();
        var checkedTargets = 0;
        foreach (var indicator in IndicatorCatalog.All)
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "indicators", indicator.Code + ".html")));
            var row = methodology.QuerySelectorAll("tr").Single(tr => tr.QuerySelector($"a[href='indicators/{indicator.Code}.html']") is not null);
            var ranges = row.QuerySelectorAll("span.target").Select(s => (From: int.Parse(s.GetAttribute("data-from")!, Ru), To: int.Parse(s.GetAttribute("data-to")!, Ru), Text: s.TextContent)).ToList();
            foreach (var year in years)
            {
                var expected = site.Values.Single(v => v.Indicator == indicator.Code && v.Year == year && v.Level == IndicatorValue.Region).Target;
                var shown = page.QuerySelectorAll("span.target").Single(s => s.GetAttribute("data-year") == year.ToString(Ru)).TextContent;
                var listed = ranges.Single(r => r.From <= year && year <= r.To).Text;
                if (expected is { } t)
                {
                    Number(shown).Should().BeApproximately(t, 0.05, $"{indicator.Code} {year}: {shown}");
                    Number(listed).Should().BeApproximately(t, 0.05, $"{indicator.Code} {year}: {listed}");
                    checkedTargets++;
                }
                else
                {
                    shown.Should().StartWith("не установлено");
                    listed.Should().EndWith("не установлено");
                }
            }
        }
        checkedTargets.Should().BeGreaterThan(20);
    }
}

/// <summary>The pages speak the readers' language: no internal symbols, codes, configuration keys or English kind names.</summary>
[Collection("site")]
public class NotationTests(SiteFixture site)
{
    [Fact]
    public void NoPageShowsInternalNotation()
    {
        string[] symbols = ["S(Y)", "_share", "Indicators:", "Privacy:", "−0,0", "±0,0"];
        var kinds = Analytics.Contract.DataContract.Kinds.Select(k => k.Name).ToArray();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var found = new List<string>();
        foreach (var page in site.Pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var hidden in document.QuerySelectorAll("script, style, .export-code").ToList())
            {
                hidden.Remove();
            }
            var text = document.Body!.TextContent;
            found.AddRange(symbols.Where(f => text.Contains(f, StringComparison.Ordinal))
                .Concat(kinds.Where(k => System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{k}\b")))
                .Select(f => $"{Path.GetRelativePath(site.Site, page)}: {f}"));
        }
        found.Should().BeEmpty();
    }
}
