using System.Globalization;
using System.Text.Json.Nodes;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>collegium.html: the print pack (A4) for the selected year.</summary>
public static class CollegiumPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SiteContext site)
    {
        var data = site.Data;
        var charts = new JsonObject();
        var names = data.Municipalities.ToDictionary(m => m.Code, m => m.Name);
        var coverage = IndicatorCatalog.DiagCoverage;
        var years = data.Years.Select(y =>
        {
            var key = y.ToString(CultureInfo.InvariantCulture);
            charts["gapmap-" + key] = SiteContext.OneFigure(GapMap.For(data, y));
            charts["ranking-" + key] = SiteContext.OneFigure(RankingChart.For(data, coverage, y));
            var targets = IndicatorCatalog.All.Select(i => (i, v: data.Region(i.Code, y))).Where(x => x.v?.Target is not null).Select(x =>
            {
                var (status, css) = SiteContext.Status(x.v!.MeetsTarget);
                return new { x.i.Name, Value = RussianFormat.Value(x.i, x.v.Value, x.v.Target), Target = RussianFormat.Value(x.i, x.v.Target), Status = status, StatusClass = css };
            }).ToList();
            return new
            {
                Year = y,
                TargetsSummary = $"Показателей с установленной целью: {targets.Count}; достигнуто: {targets.Count(t => t.StatusClass == "ok")}.",
                Targets = targets,
                Gaps = Findings.LargestGaps(data, y).Select(g => new
                {
                    g.Indicator.Name,
                    Min = RussianFormat.Value(g.Indicator, g.Gap.Min),
                    Max = RussianFormat.Value(g.Indicator, g.Gap.Max),
                    Range = RussianFormat.Difference(g.Indicator, g.Gap.Range!.Value),
                    Cv = RussianFormat.Number(g.Gap.Cv!.Value, 3),
                    Trend = Findings.GapTrend(g.Gap, g.Previous),
                }).ToList(),
                Leaders = IndicatorCatalog.All.Where(i => i.Featured && i.Compared).Select(i =>
                {
                    var (leaders, laggards) = Findings.LeadersAndLaggards(data, i, y);
                    string List(IEnumerable<MunicipalityStanding> s) => string.Join("; ", s.Select(x => $"{names.GetValueOrDefault(x.Municipality)} ({RussianFormat.Standing(i, x.Value)})"));
                    return new { i.Name, Leaders = List(leaders), Laggards = laggards.Count > 0 ? List(laggards) : Findings.NoLaggards, Any = leaders.Count > 0 };
                }).Where(r => r.Any).ToList(),
                Findings = Findings.Collegium(data, y),
                Cycle = Analytics.Dashboards.Cycle.CycleView.For(data, y),
                Pack = site.Pack is { } pack && pack.Year == y ? pack : null,
            };
        }).ToList();
        var model = new { Years = years, National = site.NationalNote, GapMapCaption = CollegiumCaptions.GapMap, CoverageCaption = CollegiumCaptions.Coverage, AsOf = data.AsOf is { } a ? RussianFormat.Date(a) : "—" };
        return site.Render("collegium.html", "Материалы к коллегии", "collegium", model, charts);
    }
}
