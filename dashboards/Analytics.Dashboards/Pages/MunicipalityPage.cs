using System.Text.Json.Nodes;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>municipalities/&lt;code&gt;.html: every indicator against the region and the target, its organizations, recommendations.</summary>
public static class MunicipalityPage
{
    /// <summary>Renders the page of one municipality.</summary>
    public static string Render(SiteContext site, string code, string name, string? kind)
    {
        var data = site.Data;
        var charts = new JsonObject { ["dots"] = site.ByYear(y => MunicipalityCharts.Dots(data, code, y)) };
        var main = MunicipalityCharts.Main;
        foreach (var i in main)
        {
            charts["trend-" + i.Code] = SiteContext.OneFigure(MunicipalityCharts.Trend(data, code, i));
        }
        var organizations = data.OrganizationsOf(code).ToList();
        var years = data.Years.Select(y => new
        {
            Year = y,
            NoData = data.Coverage.Contains((code, y)) ? null : RussianFormat.Sentence(Cycle.CycleView.NoStaffData(y)),
            None = Cycle.CycleView.WhyNone(data, y, code),
            Recommendations = data.RecommendationsOf(y, code).Items.Select(r => r.Text).ToList(),
            Progress = data.RecommendationsOf(y, code).Progress.Select(p => p.Text).ToList(),
            SetStatus = Cycle.CycleView.SetStatus(data.RecommendationsFor(y)),
            Composite = data.CompositeOf(y, code) is { } c
                ? $"{RussianFormat.Number(c.Index)} из 100 — место {RussianFormat.Place(c.Rank, c.Of)}, {c.LevelGroup} уровень (показателей в расчёте: {c.Indicators})"
                : "",
            Rows = IndicatorCatalog.All.Where(i => i.HasMunicipalities).Select(i =>
            {
                var v = data.Get(i.Code, y, code);
                var region = data.Region(i.Code, y);
                var standing = data.Standing(i.Code, y, code);
                var hidden = v is { Suppressed: true };
                // A count's target is the region's total: a municipality's part neither meets nor misses it.
                var (status, css) = hidden || v?.Value is null ? ("—", "none")
                    : !i.Comparable && region?.Target is not null ? ("— цель только для региона", "none")
                    : SiteContext.Status(v.MeetsTarget);
                return new
                {
                    i.Code,
                    i.Name,
                    Hidden = hidden,
                    RawValue = hidden ? "" : SiteContext.Raw(v?.Value),
                    // A row without a value over a zero denominator is a fact of its own («нет методистов»), not missing data.
                    Value = hidden ? "" : v is { Value: null, Denominator: 0 } && i.ZeroDenominator is { } zero ? zero : RussianFormat.Value(i, v?.Value, v?.Target),
                    Region = RussianFormat.Value(i, region?.Value, region?.Target),
                    Median = i.Compared && standing?.Median is { } md ? RussianFormat.Value(i, md) : "—",
                    // A count is not ranked (nor a municipality without a value): «—», as the indicator pages write it.
                    Level = standing?.LevelGroup ?? "—",
                    Target = v?.Target is { } t ? RussianFormat.Value(i, t) : "—",
                    Status = status,
                    StatusClass = css,
                    Rank = standing is null ? "—" : RussianFormat.Place(standing.Rank, standing.Of),
                    RankSort = standing?.Rank,
                };
            }).ToList(),
            Organizations = organizations.Select(o => new
            {
                o.Name,
                // A hidden figure reads «мало данных» as in the pack and the table above; a missing one «—».
                Cells = main.Select(i => data.Get(i.Code, y, o.Id) switch
                {
                    { Suppressed: true } => new OrganizationCell("", true),
                    { Value: { } v } ov => new OrganizationCell(RussianFormat.Value(i, v, ov.Target), false),
                    _ => new OrganizationCell("—", false),
                }).ToList(),
            }).Where(o => o.Cells.Any(c => c.Hidden || c.Text != "—")).ToList(),
        }).ToList();
        var model = new
        {
            Code = code,
            Name = name,
            Kind = kind ?? "",
            HasYears = data.Years.Count > 0,
            Years = years,
            MainHeaders = main.Select(i => i.ShortName).ToList(),
            Trends = main.Select(i => "trend-" + i.Code).ToList(),
        };
        return site.Render(PagePaths.Municipality(code), name, "municipality", model, charts);
    }
}

/// <summary>A cell of a municipality's table of organizations: a figure, «—», or hidden («мало данных»).</summary>
internal sealed record OrganizationCell(string Text, bool Hidden);
