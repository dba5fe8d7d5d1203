using System.Text.Json.Nodes;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Tests;

/// <summary>Counts measure size, not performance: the pages never compare municipalities on them.</summary>
[Collection("site")]
public class ComparisonTests(SiteFixture site)
{
    /// <summary>The counts (compared by no page): the indicators with municipal values that are not comparable.</summary>
    internal static readonly IndicatorDefinition[] Counts = IndicatorCatalog.All.Where(i => i.HasMunicipalities && !i.Comparable).ToArray();

    private static readonly System.Text.Json.JsonSerializerOptions PageJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        // short name in the figure's JSON (escaped as the page writes it: Cyrillic as it is).
        static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text, PageJson);
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
    public void ATrendsHeadingPromisesTheMunicipalitiesSpreadOnlyWhereItIsDrawn()
    {
        // Seen on «Количество вакантных ставок в ОО»: «Динамика: регион и разброс муниципалитетов» over the region's line alone.
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var withBand = 0;
        foreach (var indicator in IndicatorCatalog.All)
        {
            var html = File.ReadAllText(Path.Combine(site.Site, "indicators", indicator.Code + ".html"));
            var page = parser.ParseDocument(html);
            var trend = page.QuerySelector(".chart[data-chart=trend]")!.PreviousElementSibling!.TextContent;
            var figure = System.Text.Json.Nodes.JsonNode.Parse(page.GetElementById("page-data")!.TextContent)!["charts"]!["trend"]!["figure"]!;
            var band = figure["data"]!.AsArray().Any(t => (string?)t!["name"] == "разброс муниципалитетов (от минимума до максимума)");
            trend.Should().Be(band ? "Динамика: регион и разброс муниципалитетов" : "Динамика по региону", indicator.Code);
            withBand += band ? 1 : 0;
        }
        withBand.Should().BeGreaterThan(10);
        foreach (var count in Counts)
        {
            File.ReadAllText(Path.Combine(site.Site, "indicators", count.Code + ".html")).Should().Contain("<h2>Динамика по региону</h2>");
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
    public void TheHighestDeficitRateIsColouredAsBadAndNoneAsPale()
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
            // Pale, not the site's «better» blue: a share is coloured by itself, not judged against the data's middle.
            ((string)scale[0]![1]!).Should().Be("#fff5eb", year);
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
    private static readonly string[] SignedZeros = ["−0,0", "±0,0"];

    [Fact]
    public void NoPageShowsInternalNotation()
    {
        string[] symbols = ["S(Y)", "_share", "Indicators:", "Privacy:"];
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
                // A signed zero («−0,0», «±0,0»), not a small signed figure («−0,05 п. п.» to a target it misses by that).
                .Concat(SignedZeros.Where(z => System.Text.RegularExpressions.Regex.IsMatch(text, z + @"(?![\d])")))
                .Concat(kinds.Where(k => System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{k}\b")))
                .Select(f => $"{Path.GetRelativePath(site.Site, page)}: {f}"));
        }
        found.Should().BeEmpty();
    }

    [Fact]
    public void NoSentenceEndsWithTwoFullStops()
    {
        // Seen: «значимое улучшение за год — с 374 чел. до 221 чел..» and «медиана: 242 чел.. Фон —»: a sentence that ends
        // with a unit abbreviated with a point took a second one. An ellipsis and a range «0..100» are not such an end.
        TextOfEveryPage(@".{0,30}(?<![.\d])\.\.(?![.\d])").Should().BeEmpty();
    }

    /// <summary>Where the visible text of the samples' pages (scripts and styles aside) matches a pattern: «page: match».</summary>
    private List<string> TextOfEveryPage(string pattern)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        return site.Pages.SelectMany(page =>
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var hidden in document.QuerySelectorAll("script, style").ToList())
            {
                hidden.Remove();
            }
            return System.Text.RegularExpressions.Regex.Matches(document.Body!.TextContent, pattern).Select(m => $"{Path.GetRelativePath(site.Site, page)}: {m.Value}");
        }).ToList();
    }

    [Fact]
    public void TheCollegiumsGapTableGivesItsFiguresInTheIndicatorsUnit()
    {
        // Seen on collegium.html: «Количество педагогических работников на одного регионального методиста | 73,0 | 910,0 | 837,0»,
        // shares «0,0 | 57,1 | 57,1»: no unit anywhere, persons with a tenth.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "collegium.html")));
        var rows = page.QuerySelectorAll("table").Where(t => t.QuerySelectorAll("th").Any(h => h.TextContent == "Размах"))
            .SelectMany(t => t.QuerySelectorAll("tbody tr")).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        rows.Should().NotBeEmpty();
        static double Parse(string text, string suffix) => double.Parse(text[..^suffix.Length].Replace("\u202F", "", StringComparison.Ordinal), RussianFormat.Culture);
        foreach (var cells in rows)
        {
            var indicator = IndicatorCatalog.All.Single(i => i.Name == cells[0]);
            var unit = "\u00A0" + indicator.Unit;
            var points = indicator.Unit == "%" ? "\u00A0п.\u00A0п." : unit;
            cells[1].Should().EndWith(unit);
            cells[2].Should().EndWith(unit);
            cells[3].Should().EndWith(points);
            (indicator.Unit == "чел." ? cells.Skip(1).Take(3) : []).Should().NotContain(c => c.Contains(','), "persons are whole");
            // Each of the three is rounded on its own: they agree to one unit of the last decimal.
            Parse(cells[3], points).Should().BeApproximately(Parse(cells[2], unit) - Parse(cells[1], unit), (indicator.Unit == "чел." ? 1 : 0.1) + 1e-9, indicator.Code);
        }
    }

    [Fact]
    public void AMunicipalityWithTeachersAndNoMethodistReadsSoOnItsPage()
    {
        // Seen: Абатский муниципальный округ in 2021 — «Количество педагогических работников на одного регионального методиста | — |
        // 280 чел. | … | 12 из 26 | низкий»: a dash (no data) beside a place, where the indicator page and the pack say «нет методистов».
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var without = site.Values.Where(v => v is { Indicator: "teachers_per_methodist", Level: "municipality", Suppressed: false, Value: null, Denominator: 0 }).ToList();
        without.Should().NotBeEmpty("the samples have municipalities without methodists");
        var indicator = IndicatorCatalog.Find("teachers_per_methodist")!;
        foreach (var v in without)
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", v.EntityCode + ".html")));
            page.QuerySelector($"div[data-year='{v.Year}'] tr[data-indicator='teachers_per_methodist'] td:nth-child(2)")!.TextContent
                .Should().Be(indicator.ZeroDenominator, $"{v.EntityCode} {v.Year}");
        }
        // A municipality with methodists keeps its figure.
        var with = site.Values.First(v => v is { Indicator: "teachers_per_methodist", Level: "municipality", Suppressed: false, Value: not null });
        parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", with.EntityCode + ".html")))
            .QuerySelector($"div[data-year='{with.Year}'] tr[data-indicator='teachers_per_methodist'] td:nth-child(2)")!.TextContent
            .Should().Be(RussianFormat.Value(indicator, with.Value, with.Target));
    }

    [Fact]
    public void AnOrganizationsHiddenFigureReadsMaloDannyhAndAMissingOneADash()
    {
        // Seen: a municipality's table of organizations left a suppressed figure and a missing one as the same empty cell,
        // under a footer saying hidden values read «мало данных» (as the pack prints them).
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var organizations = site.Values.Where(v => v.Level == "organization").ToLookup(v => (v.MunicipalityCode, v.Year, v.EntityName));
        int hidden = 0, missing = 0, shown = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Site, "municipalities"), "*.html"))
        {
            var code = Path.GetFileNameWithoutExtension(file);
            var page = parser.ParseDocument(File.ReadAllText(file));
            foreach (var block in page.QuerySelectorAll("div[data-year]:not(.banner)"))
            {
                var year = int.Parse(block.GetAttribute("data-year")!, System.Globalization.CultureInfo.InvariantCulture);
                var table = block.QuerySelectorAll("table").SingleOrDefault(t => t.QuerySelector("th")?.TextContent == "Организация");
                if (table is null)
                {
                    continue;
                }
                var indicators = table.QuerySelectorAll("thead th").Skip(1).Select(h => IndicatorCatalog.All.Single(i => i.ShortName == h.TextContent)).ToList();
                foreach (var row in table.QuerySelectorAll("tbody tr"))
                {
                    var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
                    var values = organizations[(code, year, cells[0])].ToList();
                    if (values.Select(v => v.EntityCode).Distinct().Count() != 1)
                    {
                        continue; // a name two organizations share
                    }
                    for (var i = 0; i < indicators.Count; i++)
                    {
                        var v = values.SingleOrDefault(x => x.Indicator == indicators[i].Code);
                        var expected = v switch
                        {
                            { Suppressed: true } => "мало данных",
                            { Value: { } value } => RussianFormat.Value(indicators[i], value, v.Target),
                            _ => "—",
                        };
                        cells[i + 1].Should().Be(expected, $"{code} {year} {cells[0]} {indicators[i].Code}");
                        _ = expected switch { "мало данных" => hidden++, "—" => missing++, _ => shown++ };
                    }
                }
            }
        }
        hidden.Should().BePositive();
        missing.Should().BePositive();
        shown.Should().BePositive();
    }

    [Fact]
    public void AValueHalfwayBetweenTwoRoundedFiguresIsRoundedUpAsInExcelAndTheCharts()
    {
        // Seen on the samples' page of vacant positions: «Армизонский муниципальный округ | 8,2 ед. | 8,25», «Исетский | 11,2 ед. |
        // 11,25» — .NET rounds an exact half to the even digit, while Excel, a department's reference, and the charts' own labels
        // (JavaScript) show 8,3 and 11,3: the same figure read two ways on one page.
        RussianFormat.Number(8.25).Should().Be("8,3");
        RussianFormat.Number(6.25).Should().Be("6,3");
        RussianFormat.Number(0.125, 2).Should().Be("0,13");
        RussianFormat.Number(2.675, 2).Should().Be("2,68", "Excel shows 2,68 for 2.675, stored a hair below the half, as it rounds to 15 significant digits first");
        RussianFormat.Shown(12.25, 1).Should().Be(12.3);

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "indicators", "vacancies.html")));
        var halves = site.Values.Where(v => v is { Indicator: "vacancies", Level: "municipality", Suppressed: false, Value: { } x } && Math.Abs(x * 10 % 1 - 0.5) < 1e-9).ToList();
        halves.Should().NotBeEmpty("vacant positions come in quarters");
        foreach (var v in halves)
        {
            var row = page.QuerySelector($"div[data-year='{v.Year}'] tr[data-entity='{v.EntityCode}']")!;
            row.QuerySelectorAll("td")[1].TextContent.Should().Be(Math.Round(v.Value!.Value, 1, MidpointRounding.AwayFromZero).ToString("N1", RussianFormat.Culture) + "\u00A0ед.");
        }
    }

    [Fact]
    public void ANounAfterANumberEndingInOneIsSingular()
    {
        // Seen on the effectiveness page: «значимое улучшение показателя — в 42 из 91 случаев», «Мероприятия зарегистрированы
        // по 4 из 91 рекомендаций» (из 91 случая, рекомендации), and on a one-municipality region's data page «строки есть у 1
        // из 1 муниципалитетов». After 1, 21, 91 (not 11) the noun is singular.
        TextOfEveryPage(@".{0,30}(?<![\d\u202F\u00A0])(?:\d*[02-9])?1 (?:муниципалитетов|показателей|рекомендаций|случаев|случаях|организаций|работников|педагогов)\b")
            .Should().BeEmpty();
    }
}

/// <summary>
/// The gap map's two encodings, the level groups on the ranking charts and the composite index on
/// the pages, read back from the generated pages against the indicators output.
/// </summary>
[Collection("site")]
public class AnalysisOnPagesTests(SiteFixture site)
{
    private static IndicatorDefinition[] Counts => ComparisonTests.Counts;

    private static System.Text.Json.Nodes.JsonNode Charts(string page) =>
        System.Text.Json.Nodes.JsonNode.Parse(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).GetElementById("page-data")!.TextContent)!["charts"]!;

    [Fact]
    public void TheGapMapShowsTargetsAsMetOrNotAndTheRestAgainstTheMedianMunicipality()
    {
        var maps = Charts(File.ReadAllText(Path.Combine(site.Site, "index.html")))["gapmap"]!["byYear"]!.AsObject();
        var year = maps.Select(p => int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture)).Max();
        var traces = maps[year.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["data"]!.AsArray();
        traces.Should().HaveCount(2, "one panel for the indicators with a target, one for the rest");
        IndicatorDefinition Column(System.Text.Json.Nodes.JsonNode? x) => IndicatorCatalog.All.Single(i => Figure(i.ShortName) == (string)x!);
        var names = site.Values.Where(v => v.Level == IndicatorValue.Municipality).Select(v => v.EntityCode).Distinct().Count();

        var targets = traces[0]!;
        var targetColumns = targets["x"]!.AsArray().Select(Column).ToList();
        targetColumns.Should().NotBeEmpty();
        var medians = traces[1]!;
        var medianColumns = medians["x"]!.AsArray().Select(Column).ToList();
        medianColumns.Should().NotBeEmpty();
        ((string)medians["xaxis"]!).Should().Be("x2");
        var region = site.Values.Where(v => v.Level == IndicatorValue.Region && v.Year == year).ToDictionary(v => v.Indicator);
        targetColumns.Should().OnlyContain(i => region[i.Code].Target != null && i.Compared);
        medianColumns.Should().OnlyContain(i => region[i.Code].Target == null && i.Compared);

        // Categorical: every published cell of the target panel is 0 (missed) or 1 (met), as the value against the target says.
        var municipalities = targets["y"]!.AsArray().Count;
        var checkedCells = 0;
        for (var c = 0; c < targetColumns.Count; c++)
        {
            var indicator = targetColumns[c];
            var target = region[indicator.Code].Target!.Value;
            var cells = Enumerable.Range(0, municipalities).Select(m => targets["z"]![m]![c]?.GetValue<double>()).ToList();
            var values = site.Values.Where(v => v.Indicator == indicator.Code && v.Year == year && v.Level == IndicatorValue.Municipality && !v.Suppressed && v.Value != null).ToList();
            cells.Count(z => z == 1).Should().Be(values.Count(v => indicator.Meets(v.Value!.Value, target)), indicator.Code);
            cells.Count(z => z == 0).Should().Be(values.Count(v => !indicator.Meets(v.Value!.Value, target)), indicator.Code);
            checkedCells += values.Count;
        }
        checkedCells.Should().BeGreaterThan(100);

        // Against the median: the best municipality of an indicator is +1, the worst −1 (unless it is the median itself).
        for (var c = 0; c < medianColumns.Count; c++)
        {
            var indicator = medianColumns[c];
            var cells = Enumerable.Range(0, municipalities).Select(m => medians["z"]![m]![c]?.GetValue<double>()).OfType<double>().ToList();
            cells.Should().OnlyContain(z => z >= -1 && z <= 1);
            cells.Select(Math.Abs).Max().Should().BeApproximately(1, 1e-9, indicator.Code);
            var values = site.Values.Where(v => v.Indicator == indicator.Code && v.Year == year && v.Level == IndicatorValue.Municipality && !v.Suppressed && v.Value != null).Select(v => v.Value!.Value).Order().ToList();
            var median = MedianOf(values);
            var spread = values.Max(v => Math.Abs(v - median));
            var best = indicator.Direction == Direction.Higher ? values[^1] : values[0];
            cells.Max().Should().BeApproximately(Math.Abs(best - median) / spread, 1e-9, indicator.Code);
        }
        names.Should().Be(municipalities);
    }

    private static string Figure(string text) => Analytics.Dashboards.Charts.Figure.Plain(text);

    /// <summary>The median of sorted values, counted by hand.</summary>
    private static double MedianOf(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    [Fact]
    public void TheRankingChartShadesTheLevelGroupsInRankOrder()
    {
        var page = File.ReadAllText(Path.Combine(site.Site, "indicators", "diag_coverage.html"));
        var figure = Charts(page)["ranking"]!["byYear"]!.AsObject().Last().Value!;
        var bands = figure["layout"]!["shapes"]!.AsArray().Where(s => (string?)s!["type"] == "rect").ToList();
        var labels = figure["layout"]!["annotations"]!.AsArray().Select(a => (string)a!["text"]!).Where(t => t.EndsWith("уровень", StringComparison.Ordinal)).ToList();
        labels.Should().Equal("низкий<br>уровень", "средний<br>уровень", "высокий<br>уровень"); // bottom to top: the best is drawn last, at the top
        bands.Should().HaveCount(3);
        // 26 municipalities in terciles: 9, 9, 8 bars; the bands tile all bars without overlap.
        bands.Select(b => b!["y1"]!.GetValue<double>() - b["y0"]!.GetValue<double>()).Should().Equal(8, 9, 9);
    }

    [Fact]
    public void EveryBarOfARankingIsLabelledWithItsValueAsTheTableWritesIt()
    {
        // Seen on the samples' 2025 ranking of ФР ДПП by diagnostics: Юргинский округ (0 of 140) had no bar and no
        // figure, so the chart could not tell a zero from a missing value; no bar carried its value, only the hover.
        var page = File.ReadAllText(Path.Combine(site.Site, "indicators", "frdpp_diag_share.html"));
        var figure = Charts(page)["ranking"]!["byYear"]!["2025"]!;
        var yaxis = figure["layout"]!["yaxis"]!;
        var ticks = yaxis["tickvals"]!.AsArray().Select(t => (string)t!).ToList();
        var labels = yaxis["ticktext"]!.AsArray().Select(t => (string)t!).ToList();
        ticks.Should().Equal(figure["data"]![0]!["y"]!.AsArray().Select(y => (string)y!), "one label per bar");

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var block = html.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == "2025");
        var headers = block.QuerySelectorAll("th").Select(th => th.TextContent.TrimEnd('↕', ' ', '↑', '↓')).ToList();
        var (name, value) = (headers.IndexOf("Муниципалитет"), headers.IndexOf("Значение"));
        var table = block.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td"))
            .ToDictionary(cells => cells[name].TextContent.Trim(), cells => cells[value].TextContent.Trim());
        ticks.Should().HaveCount(26);
        for (var i = 0; i < ticks.Count; i++)
        {
            labels[i].Should().Be($"{ticks[i]} — {table[ticks[i]]}");
        }
        labels.Should().Contain("Юргинский муниципальный округ — 0,0\u00A0%");
    }

    [Fact]
    public void EveryBarOfTheCompositeIndexIsLabelledWithItsIndex()
    {
        // The municipality last by the composite index of a year has 0 (its scaled scores are the lowest): no bar, no figure.
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var composite = new Analytics.Warehouse.Marts.MartReader(connection).Composite();
        var year = composite.Max(c => c.Year);
        var data = SiteData.Load(connection, DateTime.Now);
        var names = composite.Select(c => c.Municipality).Distinct().ToDictionary(m => m, data.NameOf);
        var figure = Charts(File.ReadAllText(Path.Combine(site.Site, "index.html")))["composite"]!["byYear"]![year.ToString(System.Globalization.CultureInfo.InvariantCulture)]!;
        var yaxis = figure["layout"]!["yaxis"]!;
        var labels = yaxis["tickvals"]!.AsArray().Select(t => (string)t!).Zip(yaxis["ticktext"]!.AsArray().Select(t => (string)t!)).ToDictionary(p => p.First, p => p.Second);
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        var rows = composite.Where(c => c.Year == year).ToList();
        labels.Should().HaveCount(rows.Count);
        foreach (var row in rows)
        {
            labels[names[row.Municipality]].Should().Be($"{names[row.Municipality]} — {Math.Round(row.Index, 1, MidpointRounding.AwayFromZero).ToString("N1", ru)}");
        }
    }

    [Fact]
    public void AMunicipalitysDynamicsChartsNameTheirUnitAndTheirLines()
    {
        // Seen: the small charts of «Динамика основных показателей» had a name without a unit and two lines nobody named.
        var page = File.ReadAllText(Path.Combine(site.Site, "municipalities", "71652000.html"));
        var charts = Charts(page).AsObject().Where(c => c.Key.StartsWith("trend-", StringComparison.Ordinal)).ToList();
        charts.Should().HaveCount(7);
        foreach (var (key, chart) in charts)
        {
            var indicator = IndicatorCatalog.Find(key["trend-".Length..])!;
            ((string)chart!["figure"]!["layout"]!["title"]!["text"]!).Should().Be(indicator.ShortName + ", %", key);
            chart["figure"]!["data"]!.AsArray().Select(t => (string)t!["name"]!).Should().Equal("регион", "муниципалитет");
        }
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelectorAll("h2").Single(h => h.TextContent == "Динамика основных показателей").NextElementSibling!.TextContent
            .Should().StartWith("Синяя линия — муниципалитет, серая пунктирная — регион");
    }

    [Fact]
    public void AMunicipalitysDynamicsChartsSpanAtLeastTheSummaryCardsMinimum()
    {
        // Seen on Абатский округ's page: «ФР ДПП по диагностике, %» drawn from 1,5 to 2,7 — a change of one point filled
        // the chart as a crash and a peak, while the summary card of the same indicator spans at least 10 p. p.
        var page = File.ReadAllText(Path.Combine(site.Site, "municipalities", "71601000.html"));
        foreach (var (key, chart) in Charts(page).AsObject().Where(c => c.Key.StartsWith("trend-", StringComparison.Ordinal)))
        {
            var indicator = IndicatorCatalog.Find(key["trend-".Length..])!;
            var figure = chart!["figure"]!;
            var values = figure["data"]!.AsArray().SelectMany(t => t!["y"]!.AsArray()).Select(v => v?.GetValue<double>()).OfType<double>().Where(v => !double.IsNaN(v)).ToList();
            values.Should().NotBeEmpty(key);
            var axis = figure["layout"]!["yaxis"]?["range"];
            axis.Should().NotBeNull($"{key} sets its value axis");
            var range = axis!.AsArray().Select(x => x!.GetValue<double>()).ToArray();
            (range[1] - range[0]).Should().BeGreaterThanOrEqualTo(Analytics.Dashboards.Charts.ValueAxis.MinimumSpan(indicator, values.Max()), key);
            range[0].Should().BeLessThanOrEqualTo(values.Min(), key);
            range[1].Should().BeGreaterThanOrEqualTo(values.Max(), key);
        }
    }

    [Fact]
    public void TheSlopeChartsNamesPointAtTheirLinesEndsAndSpreadAroundThem()
    {
        // Seen on «Доля педагогов с дефицитом: коммуникативные», 2024: four ends between 31 and 33 % had their names
        // pushed upward only, to 36 %, the highest far above its line and nothing joining a name to its line.
        var checkedFigures = 0;
        var moved = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(site.Site, "indicators"), "*.html"))
        {
            if (Charts(File.ReadAllText(path))["slope"]?["byYear"] is not JsonObject byYear)
            {
                continue;
            }
            foreach (var (year, figure) in byYear)
            {
                var annotations = figure!["layout"]!["annotations"]?.AsArray();
                if (annotations is null || figure["data"]!.AsArray().Any(t => t!["y"]!.AsArray().Count != 2))
                {
                    continue; // the first year: «Выберите год позже …»
                }
                var ends = figure["data"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => t!["y"]!.AsArray()[1]!.GetValue<double>());
                var values = figure["data"]!.AsArray().SelectMany(t => t!["y"]!.AsArray()).Select(v => v!.GetValue<double>()).ToList();
                var apart = (values.Max() - values.Min()) * 0.045;
                var shifts = new List<double>();
                foreach (var a in annotations)
                {
                    var name = ends.Keys.Single(n => ((string)a!["text"]!).StartsWith(n + " ", StringComparison.Ordinal));
                    ((bool)a!["showarrow"]!).Should().BeTrue();
                    a["x"]!.GetValue<int>().Should().Be(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture));
                    a["y"]!.GetValue<double>().Should().Be(ends[name], $"the leader of {name} points at its line's end");
                    ((string)a["ayref"]!).Should().Be("y");
                    shifts.Add(a["ay"]!.GetValue<double>() - ends[name]);
                }
                var placed = annotations.Select(a => a!["ay"]!.GetValue<double>()).Order().ToList();
                placed.Zip(placed.Skip(1)).Should().OnlyContain(p => p.Second - p.First >= apart - 1e-9, $"{path} {year}: names do not overlap");
                shifts.Sum().Should().BeApproximately(0, 1e-6, $"{path} {year}: the names are centred on their ends, not pushed one way");
                moved += shifts.Count(s => Math.Abs(s) > 1e-9);
                checkedFigures++;
            }
        }
        checkedFigures.Should().BeGreaterThan(20);
        moved.Should().BePositive("the samples have close ends");
    }

    [Fact]
    public void TheDeficitsMapWritesEachCellsShareAndTellsAMissingCellFromAMiddleOne()
    {
        // Seen on deficits.html: the map of 26 municipalities × 5 areas carried no figure (hover only, nothing in print), and
        // a cell without data was as white as a share in the middle of the scale.
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var values = new Analytics.Warehouse.Marts.MartReader(connection).Values(2025, IndicatorValue.Municipality)
            .ToDictionary(v => (v.Indicator, v.EntityCode));
        var codes = connection.Query("SELECT name, code FROM dim_municipality", r => (r.GetString(0), r.GetString(1))).ToDictionary(x => x.Item1, x => x.Item2);
        var map = Charts(File.ReadAllText(Path.Combine(site.Site, "deficits.html")))["heatmap"]!["byYear"]!["2025"]!;
        map["layout"]!["plot_bgcolor"]!.GetValue<string>().Should().NotBe("#ffffff", "a missing cell is not white");
        var trace = map["data"]![0]!;
        ((string)trace["texttemplate"]!).Should().Be("%{text}");
        // Coloured by the share itself, from 0 to the largest: the diverging scale, centred on the data's middle (Plotly ignores
        // a zmin without a zmax), drew 28,4 % in Абатский округ — above the region's 17,0 % — in the site's «better» blue.
        trace["zmin"]!.GetValue<double>().Should().Be(0);
        var largest = trace["z"]!.AsArray().SelectMany(r => r!.AsArray()).Where(v => v is not null).Max(v => v!.GetValue<double>());
        trace["zmax"]?.GetValue<double>().Should().Be(largest);
        trace["colorscale"]!.AsArray().Select(stop => (string)stop![1]!).Should().NotContain(Analytics.Dashboards.Charts.Figure.Ok).And.EndWith(Analytics.Dashboards.Charts.Figure.Bad);
        var rows = trace["y"]!.AsArray().Select(y => (string)y!).ToList();
        rows.Should().HaveCount(26);
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        var written = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < IndicatorCatalog.AreaIndicators.Count; c++)
            {
                var text = (string)trace["text"]![r]![c]!;
                var hover = (string)trace["hovertext"]![r]![c]!;
                var indicator = IndicatorCatalog.AreaIndicators[c].Indicator;
                if (values.TryGetValue((indicator.Code, codes[rows[r]]), out var v) && v is { Suppressed: false, Value: { } value })
                {
                    text.Should().Be(Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("N1", ru), $"{rows[r]} {indicator.Code}");
                    hover.Should().Contain(text + "\u00A0%");
                    written++;
                }
                else
                {
                    text.Should().Be("—");
                    hover.Should().EndWith(v is { Suppressed: true } ? "мало данных" : "нет данных");
                }
            }
        }
        written.Should().BeGreaterThan(100);
    }

    [Fact]
    public void TheCollegiumPagesConclusionsWriteGapsWithTheirUnitsAsThePackDoes()
    {
        // Seen under «5. Выводы»: «по показателю «Педагогов на методиста»: от 73,0 до 910,0» — persons with a decimal and no unit,
        // where the gap table above and the pack write «73 чел.» and «910 чел.»; and «сократился по 10 из 24 показателям» (из + dative).
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var gaps = new Analytics.Warehouse.Marts.MartReader(connection).Gaps(2025).ToDictionary(g => g.Indicator);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "collegium.html")));
        var block = page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == "2025" && d.QuerySelector("h2") is not null);
        var items = block.QuerySelectorAll("h2").Single(h => h.TextContent == "5. Выводы").NextElementSibling!.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        string Shown(IndicatorDefinition i, double v) => i.Unit == "чел."
            ? Math.Round(v, 0, MidpointRounding.AwayFromZero).ToString("N0", ru) + "\u00A0чел."
            : Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("N1", ru) + "\u00A0" + i.Unit;
        var lines = items.Where(t => t.StartsWith("Разрыв между муниципалитетами по показателю", StringComparison.Ordinal)).ToList();
        lines.Should().HaveCount(3);
        var persons = 0;
        foreach (var line in lines)
        {
            var indicator = IndicatorCatalog.All.Single(i => line.Contains("«" + i.ShortName + "»", StringComparison.Ordinal));
            var gap = gaps[indicator.Code];
            line.Should().Contain($"от {Shown(indicator, gap.Min!.Value)} до {Shown(indicator, gap.Max!.Value)};");
            persons += indicator.Unit == "чел." ? 1 : 0;
        }
        persons.Should().BePositive("the samples' largest gaps include teachers per methodist");
        items.Should().Contain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^Разрыв между муниципалитетами сократился по \d+ из \d+ показател(я|ей) по сравнению с 2024 годом\.$"));
    }

    [Fact]
    public void TheCollegiumPagesChartsSayWhatTheyShow()
    {
        // Seen: under «4. Основные графики» a gap map and a ranking of bars followed each other with no word on either:
        // which indicator the bars rank was nowhere on the page (the pack's captions name both).
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "collegium.html")));
        var block = page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == "2025");
        var gapMap = block.QuerySelector(".chart[data-chart='gapmap-2025']")!.ParentElement!.PreviousElementSibling!;
        gapMap.TagName.Should().Be("H3");
        gapMap.TextContent.Should().Be("Муниципалитеты по сопоставимым показателям: цели достигнуты / не достигнуты и положение относительно медианного муниципалитета");
        var ranking = block.QuerySelector(".chart[data-chart='ranking-2025']")!.PreviousElementSibling!;
        ranking.TagName.Should().Be("H3");
        ranking.TextContent.Should().Be("Охват диагностикой профессиональных дефицитов по муниципалитетам");
    }

    [Fact]
    public void AMunicipalitysTableWritesADashWhereACountHasNoPlace()
    {
        // Seen: the rows of «Количество вакантных ставок в ОО» and «Численность регионального методического актива» left
        // «Место» and «Уровень» blank, as if the figure were lost; every other missing cell of the site reads «—».
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", "71652000.html")));
        var block = page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == "2025");
        var headers = block.QuerySelectorAll("table")[0].QuerySelectorAll("th").Select(th => th.TextContent).ToList();
        foreach (var count in Counts)
        {
            var cells = block.QuerySelector($"tr[data-indicator='{count.Code}']")!.QuerySelectorAll("td");
            cells[headers.IndexOf("Место")].TextContent.Should().Be("—", count.Code);
            cells[headers.IndexOf("Уровень")].TextContent.Should().Be("—", count.Code);
        }
        block.QuerySelectorAll("table")[0].QuerySelectorAll("tbody td").Should().NotContain(td => td.TextContent.Trim() == "");
    }

    [Fact]
    public void TheIndicatorTableShowsEachMunicipalitysLevelGroupAndScaledScore()
    {
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var standings = new Analytics.Warehouse.Marts.MartReader(connection).Standings().Where(s => s.Indicator == "route_share").ToList();
        var year = standings.Max(s => s.Year);
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "indicators", "route_share.html")));
        var block = page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == year.ToString(ru));
        var column = block.QuerySelectorAll("th").Select(th => th.TextContent).ToList().IndexOf("Уровень (балл 0–100)");
        column.Should().BePositive();
        var rows = standings.Where(s => s.Year == year).ToList();
        rows.Should().HaveCountGreaterThan(20);
        foreach (var s in rows)
        {
            var cell = block.QuerySelector($"tr[data-entity='{s.Municipality}']")!.QuerySelectorAll("td")[column].TextContent;
            cell.Should().Be($"{s.LevelGroup} ({Math.Round(s.ScaledScore, MidpointRounding.AwayFromZero).ToString("N0", ru)})");
        }
        rows.Max(s => s.ScaledScore).Should().Be(100);
        rows.Min(s => s.ScaledScore).Should().Be(0);
    }

    [Fact]
    public void EveryMunicipalityPageStatesItsCompositeIndexAndTheMedianOfTheMunicipalities()
    {
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var composite = new Analytics.Warehouse.Marts.MartReader(connection).Composite();
        var year = composite.Max(c => c.Year);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        foreach (var row in composite.Where(c => c.Year == year))
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", row.Municipality + ".html")));
            var block = page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == year.ToString(ru));
            block.TextContent.Should().Contain($"Интегральный индекс: {Math.Round(row.Index, 1, MidpointRounding.AwayFromZero).ToString("N1", ru)} из 100 — место {row.Rank} из {row.Of}, {row.LevelGroup} уровень");
            var headers = block.QuerySelectorAll("table")[0].QuerySelectorAll("th").Select(th => th.TextContent).ToList();
            var medianColumn = headers.IndexOf("Медиана МО");
            medianColumn.Should().BePositive();
            var coverage = block.QuerySelectorAll("tr[data-indicator='diag_coverage'] td")[medianColumn].TextContent;
            var values = site.Values.Where(v => v.Indicator == "diag_coverage" && v.Year == year && v.Level == IndicatorValue.Municipality && !v.Suppressed && v.Value != null).Select(v => v.Value!.Value).Order().ToList();
            var median = MedianOf(values);
            coverage.Should().Be(Math.Round(median, 1, MidpointRounding.AwayFromZero).ToString("N1", ru) + "\u00A0%");
        }
        // The composite of the samples spans the whole scale: the best and the worst municipality differ by far.
        composite.Where(c => c.Year == year).Select(c => c.Index).Should().Contain(i => i > 60).And.Contain(i => i < 40);
    }
}

/// <summary>The collegium's leaders and laggards (its page and its pack share <see cref="Findings.LeadersAndLaggards"/>).</summary>
[Collection("site")]
public class LeadersTests(SiteFixture site)
{
    [Fact]
    public void ALaggardIsWorseThanTheMedianAndNeverALeader()
    {
        // The laggards were the last three by place whose difference from the median is significant, looked for from the
        // bottom up: where the bottom ones are within their intervals, the search went on up the list to municipalities
        // significantly *better* than the median, and could print a leader as a laggard.
        using var connection = Analytics.Tests.Support.TestDefaults.MartOpener.OpenReadOnly(site.Warehouse);
        var data = SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local));
        var checkedLaggards = 0;
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.Featured && i.Compared))
        {
            foreach (var year in data.Years)
            {
                var (leaders, laggards) = Findings.LeadersAndLaggards(data, indicator, year);
                foreach (var l in laggards)
                {
                    l.DiffersFromMedian.Should().NotBe(false, $"{indicator.Code} {year} {l.Municipality}");
                    if (l.Value is { } v)
                    {
                        l.Median.Should().NotBeNull();
                        indicator.Meets(v, l.Median!.Value).Should().BeFalse($"{indicator.Code} {year} {l.Municipality}: {v} against the median {l.Median}");
                    }
                    leaders.Select(x => x.Municipality).Should().NotContain(l.Municipality);
                    checkedLaggards++;
                }
            }
        }
        checkedLaggards.Should().BeGreaterThan(20);
    }

    [Fact]
    public void AnIndicatorWithoutASignificantLaggardSaysSoOnThePageAsInThePack()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "collegium.html")));
        var rows = page.QuerySelectorAll("div[data-year] table").Where(t => t.QuerySelector("th")?.ParentElement?.TextContent.Contains("Отстающие", StringComparison.Ordinal) == true)
            .SelectMany(t => t.QuerySelectorAll("tbody tr")).ToList();
        rows.Should().NotBeEmpty();
        rows.Select(r => r.Children[2].TextContent.Trim()).Should().NotContain("", "an empty cell reads as missing data");
        rows.Select(r => r.Children[2].TextContent.Trim()).Should().Contain(Findings.NoLaggards);
    }
}
