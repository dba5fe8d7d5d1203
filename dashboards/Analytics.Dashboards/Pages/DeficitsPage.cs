using System.Globalization;
using System.Text.Json.Nodes;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>deficits.html: municipalities × areas, the region per area, the funnel for the region or a municipality.</summary>
public static class DeficitsPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SiteContext site)
    {
        var data = site.Data;
        var funnel = new JsonObject();
        // The national form offers the funnel of the municipalities on the map of the latest year.
        var offered = data.National ? data.MatrixRows(data.LatestYear).OrderBy(m => m.Name, RussianOrder.Names).ToList() : data.Municipalities;
        foreach (var y in data.Years)
        {
            foreach (var entity in offered.Select(m => m.Code).Prepend(IndicatorValue.RegionCode))
            {
                funnel[y.ToString(CultureInfo.InvariantCulture) + "|" + entity] = DeficitCharts.Funnel(data, y, entity);
            }
        }
        var charts = new JsonObject
        {
            ["heatmap"] = site.ByYear(y => DeficitCharts.Heatmap(data, y)),
            ["trend"] = SiteContext.OneFigure(DeficitCharts.Trend(data)),
            ["funnel"] = new JsonObject { ["byYearEntity"] = funnel },
        };
        var model = new { HasYears = data.Years.Count > 0, Municipalities = offered.Select(m => new { m.Code, m.Name }).ToList(), National = site.NationalNote };
        return site.Render("deficits.html", "Дефициты", "deficits", model, charts);
    }
}
