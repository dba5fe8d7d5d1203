using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Tests;

/// <summary>The summary at a glance, recounted from the warehouse's marts independently of the page's code.</summary>
[Collection("site")]
public class SummaryTests(SiteFixture site)
{
    private static readonly HtmlParser Parser = new();

    private AngleSharp.Html.Dom.IHtmlDocument Summary() => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "index.html")));

    private List<(string Indicator, int Year, double? Value, double? Target, bool? Meets)> RegionValues()
    {
        using var c = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        return c.Query("SELECT indicator, year, value, target, meets_target FROM mart_indicator WHERE level = 'region'",
            r => (r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? (double?)null : r.GetDouble(2), r.IsDBNull(3) ? (double?)null : r.GetDouble(3), r.IsDBNull(4) ? (bool?)null : r.GetBoolean(4)));
    }

    [Fact]
    public void TheTargetsLineSaysHowManyTargetsTheRegionMetOfThoseSetEachYear()
    {
        var document = Summary();
        var values = RegionValues();
        foreach (var year in values.Select(v => v.Year).Distinct())
        {
            var set = values.Count(v => v.Year == year && v.Target is not null && v.Value is not null);
            var met = values.Count(v => v.Year == year && v.Meets == true);
            set.Should().BePositive();
            document.QuerySelector($".overview[data-year='{year}'] .goal-line b")!.TextContent
                .Should().Be($"Целевые значения {year} года: достигнуто {met} из {set}");
            document.QuerySelectorAll($".card.ok[data-year='{year}']").Should().HaveCount(met);
            document.QuerySelectorAll($".card.bad[data-year='{year}']").Should().HaveCount(set - met);
        }
    }

    [Fact]
    public void TheLineOfCardsWithoutATargetCountsThemAsTheCardsShowAndTheFirstYearSaysItHasNothingToCompareWith()
    {
        // Seen: «Без цели — 24 показателя: лучше, чем в 2020 г., — 0, хуже — 0, без изменений или без данных за прошлый год — 24»
        // in the first year, and in the others «без изменений» and «без данных» as one figure.
        var document = Summary();
        var years = RegionValues().Select(v => v.Year).Distinct().Order().ToList();
        foreach (var year in years)
        {
            var cards = document.QuerySelectorAll($".card[data-year='{year}']").Where(c => !c.ClassList.Contains("ok") && !c.ClassList.Contains("bad")).ToList();
            var n = cards.Count;
            var rest = document.QuerySelector($".overview[data-year='{year}'] p.meta")!.TextContent;
            var head = $"Без цели — {n} {RussianFormat.Plural(n, "показатель", "показателя", "показателей")}: ";
            if (year == years[0])
            {
                rest.Should().Be(head + $"данных за {year - 1} г. нет, сравнивать не с чем.");
                continue;
            }
            int Count(string css) => cards.Count(c => c.QuerySelector(".chg-" + css) is not null && c.ClassList.Contains(css == "same" ? "none" : css));
            var without = cards.Count(c => c.QuerySelector(".chg-same") is not null && c.TextContent.Contains($"за {year - 1} г. данных нет", StringComparison.Ordinal));
            rest.Should().Be(head + $"лучше, чем в {year - 1} г., — {Count("better")}, хуже — {Count("worse")}, на прежнем уровне — {Count("same") - without}"
                + (without > 0 ? $", без данных за {year - 1} г. — {without}." : "."), year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void ACardWithoutATargetIsJudgedAgainstThePreviousYearByTheIndicatorsDirection()
    {
        var document = Summary();
        var values = RegionValues().ToDictionary(v => (v.Indicator, v.Year));
        var judged = new Dictionary<string, int>();
        foreach (var ((code, year), v) in values.Where(p => p.Value.Target is null && p.Value.Value is not null))
        {
            var indicator = IndicatorCatalog.All.Single(i => i.Code == code);
            var card = document.QuerySelector($".card[data-year='{year}'][data-indicator='{code}']")!;
            var expected = "none";
            if (values.TryGetValue((code, year - 1), out var before) && before.Value is { } b)
            {
                // The change as the card shows it, to one decimal (persons: whole).
                var change = Math.Round(v.Value!.Value - b, indicator.Unit == "чел." ? 0 : 1, MidpointRounding.AwayFromZero);
                expected = change == 0 ? "none" : (change > 0) == (indicator.Direction == Direction.Higher) ? "better" : "worse";
                card.QuerySelector(".chg-" + (expected == "none" ? "same" : expected)).Should().NotBeNull($"{code} {year}");
            }
            card.ClassList.Should().Contain(expected, $"{code} in {year}");
            judged[expected] = judged.GetValueOrDefault(expected) + 1;
        }
        judged.GetValueOrDefault("better").Should().BePositive();
        judged.GetValueOrDefault("worse").Should().BePositive("a fall of a deficit rate is better, a fall of a training share worse: both occur");
        document.QuerySelectorAll(".card").Should().OnlyContain(c => c.QuerySelector(".spark") != null, "each card carries its own sparkline");
    }

    [Fact]
    public void EverySparklineSpansAtLeastItsUnitsMinimumAndMarksTheSelectedYear()
    {
        var data = JsonNode.Parse(Summary().GetElementById("page-data")!.TextContent)!["charts"]!;
        var values = RegionValues();
        foreach (var indicator in IndicatorCatalog.All)
        {
            var own = values.Where(v => v.Indicator == indicator.Code && v.Value is not null).ToList();
            foreach (var (year, figure) in data["spark-" + indicator.Code]!["byYear"]!.AsObject())
            {
                var range = figure!["layout"]!["yaxis"]!["range"]!.AsArray().Select(x => x!.GetValue<double>()).ToArray();
                (range[1] - range[0]).Should().BeGreaterThanOrEqualTo(Math.Min(ValueAxis.MinimumSpan(indicator, own.Max(v => v.Value!.Value)), 100), indicator.Code);
                range[0].Should().BeLessThanOrEqualTo(own.Min(v => v.Value!.Value));
                range[1].Should().BeGreaterThanOrEqualTo(own.Max(v => v.Value!.Value));
                var mark = figure["data"]![1]!;
                mark["x"]!.AsArray().Single()!.GetValue<int>().Should().Be(int.Parse(year, CultureInfo.InvariantCulture));
                mark["y"]!.AsArray().Single()!.GetValue<double>().Should().Be(own.Single(v => v.Year.ToString(CultureInfo.InvariantCulture) == year).Value!.Value);
            }
        }
    }
}
