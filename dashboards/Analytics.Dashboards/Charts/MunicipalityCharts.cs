using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>A municipality's page: its percentages against the region and the target, and its trends.</summary>
public static class MunicipalityCharts
{
    /// <summary>The percentage indicators of the municipality level.</summary>
    public static readonly IndicatorDefinition[] Shares =
        IndicatorCatalog.All.Where(i => i.HasMunicipalities && i.Unit == "%").ToArray();

    /// <summary>The featured indicators shown as small multiples and in the organizations table.</summary>
    public static readonly IndicatorDefinition[] Main =
        IndicatorCatalog.All.Where(i => i.Featured && i.Levels.HasFlag(Levels.Organization)).ToArray();

    private static readonly int[] PercentRange = [0, 100];

    /// <summary>Dots: the municipality (blue circle), the region (grey diamond), the median municipality (open square), the target (orange line mark).</summary>
    public static JsonNode Dots(SiteData data, string municipality, int year)
    {
        var labels = Shares.Select(i => i.ShortName).ToArray();
        double Or(double? v) => v ?? double.NaN;
        var figure = Figure.Of(Figure.Combine(
            CS.Point<double, string, string>(x: Shares.Select(i => Or(data.Region(i.Code, year)?.Target)).ToArray(), y: labels, Name: "цель"),
            CS.Point<double, string, string>(x: Shares.Select(i => Or(data.Region(i.Code, year)?.Value)).ToArray(), y: labels, Name: "регион"),
            CS.Point<double, string, string>(x: Shares.Select(i => Or(Median(data, i, year))).ToArray(), y: labels, Name: "медиана МО"),
            CS.Point<double, string, string>(x: Shares.Select(i => Or(data.Published(i.Code, year, municipality))).ToArray(), y: labels, Name: "муниципалитет")), new
        {
            margin = new { l = 220, r = 20, t = 20, b = 40 },
            xaxis = new { title = new { text = "%" }, range = PercentRange },
            yaxis = new { autorange = "reversed" },
            legend = Figure.TopLegend,
        }, 26 * Shares.Length + 120);
        Figure.Style(figure, 0, new { marker = new { symbol = "line-ns-open", size = 18, color = Figure.Bad, line = new { width = 3, color = Figure.Bad } }, hovertemplate = "%{y}: цель %{x:.1f}<extra></extra>" });
        // The values as the tables show them beside their target (9,95 % of a 10 % target, not «10,0»).
        Figure.Style(figure, 1, new { marker = new { symbol = "diamond", size = 10, color = "#6b7280" }, customdata = Shares.Select(i => Figure.Shown(i, data.Region(i.Code, year))).ToArray(), hovertemplate = "%{y}: регион %{customdata}<extra></extra>" });
        Figure.Style(figure, 2, new { marker = new { symbol = "square-open", size = 10, color = "#111827", line = new { width = 2 } }, hovertemplate = "%{y}: медиана МО %{x:.1f}<extra></extra>" });
        return Figure.Style(figure, 3, new { marker = new { symbol = "circle", size = 12, color = Figure.Ok }, customdata = Shares.Select(i => Figure.Shown(i, data.Get(i.Code, year, municipality))).ToArray(), hovertemplate = "%{y}: %{customdata}<extra></extra>" });
    }

    private static double? Median(SiteData data, IndicatorDefinition indicator, int year) =>
        indicator.Compared ? data.Gap(indicator.Code, year)?.Median : null;

    /// <summary>One indicator of the municipality against the region over the years (up to <paramref name="through"/> when given: a pack of a past year).</summary>
    public static JsonNode Trend(SiteData data, string municipality, IndicatorDefinition indicator, int? through = null)
    {
        var years = data.Years.Where(y => through is null || y <= through).ToArray();
        var region = years.Select(y => data.Region(indicator.Code, y)?.Value ?? double.NaN).ToArray();
        var own = years.Select(y => data.Published(indicator.Code, y, municipality) ?? double.NaN).ToArray();
        // The summary cards' minimum span: a point's change drawn as a point, not as a crash filling the chart.
        var drawn = region.Concat(own).Where(v => !double.IsNaN(v)).ToList();
        var figure = Figure.Of(Figure.Combine(
            CS.Line<int, double, string>(x: years, y: region, Name: "регион", ShowMarkers: true),
            CS.Line<int, double, string>(x: years, y: own, Name: "муниципалитет", ShowMarkers: true)), new
        {
            title = new { text = Figure.NameWithUnit(indicator), font = new { size = 13 } },
            margin = new { l = 40, r = 10, t = 36, b = 30 },
            xaxis = YearAxis.Of(years, title: null),
            yaxis = drawn.Count == 0 ? new object() : new { range = ValueAxis.For(indicator, drawn).Padded(0.06) },
            showlegend = false,
        }, 220);
        Figure.Style(figure, 0, new { line = new { color = "#9ca3af", dash = "dot" }, customdata = years.Select(y => Figure.Shown(indicator, data.Region(indicator.Code, y))).ToArray(), hovertemplate = "%{x}: регион %{customdata}<extra></extra>" });
        return Figure.Style(figure, 1, new { line = new { color = Figure.Ok, width = 3 }, customdata = years.Select(y => Figure.Shown(indicator, data.Get(indicator.Code, y, municipality))).ToArray(), hovertemplate = "%{x}: %{customdata}<extra></extra>" });
    }
}
