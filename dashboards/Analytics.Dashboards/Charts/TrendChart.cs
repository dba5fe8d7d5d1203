using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>The region over the years with the band between the lowest and highest municipality.</summary>
public static class TrendChart
{
    /// <summary>
    /// Whether the chart has the municipalities' band: only an indicator compared between municipalities has their
    /// minimum and maximum (a count or a region-only indicator has the region's line alone).
    /// </summary>
    public static bool HasBand(SiteData data, IndicatorDefinition indicator) =>
        indicator.HasMunicipalities && data.Gaps.Any(g => g.Indicator == indicator.Code && g.N > 0);

    /// <summary>The chart's heading: what it draws.</summary>
    public static string Title(SiteData data, IndicatorDefinition indicator) =>
        HasBand(data, indicator) ? "Динамика: регион и разброс муниципалитетов" : "Динамика по региону";

    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator)
    {
        var years = data.Years.ToArray();
        var gaps = data.Gaps.Where(g => g.Indicator == indicator.Code).ToDictionary(g => g.Year);
        var region = years.Select(y => data.Region(indicator.Code, y)?.Value).ToArray();
        var traces = new List<Plotly.NET.GenericChart>();
        var hasBand = HasBand(data, indicator);
        if (hasBand)
        {
            traces.Add(CS.Line<int, double, string>(x: years, y: years.Select(y => gaps.GetValueOrDefault(y)?.Min ?? double.NaN).ToArray(), Name: "минимум по МО"));
            // One legend entry for the band (its swatch is the fill); the lower edge has none.
            traces.Add(CS.Line<int, double, string>(x: years, y: years.Select(y => gaps.GetValueOrDefault(y)?.Max ?? double.NaN).ToArray(), Name: "разброс муниципалитетов (от минимума до максимума)"));
        }
        traces.Add(CS.Line<int, double, string>(x: years, y: region.Select(v => v ?? double.NaN).ToArray(), Name: "Регион", ShowMarkers: true));
        var targets = years.Select(y => data.Region(indicator.Code, y)?.Target).ToArray();
        var hasTarget = targets.Any(t => t is not null);
        if (hasTarget)
        {
            traces.Add(CS.Line<int, double, string>(x: years, y: targets.Select(t => t ?? double.NaN).ToArray(), Name: "Целевое значение"));
        }
        var figure = Figure.Of(Figure.Combine([.. traces]), new
        {
            xaxis = YearAxis.Of(years),
            yaxis = new { title = new { text = indicator.Unit } },
            legend = Figure.TopLegend,
        });
        var i = 0;
        if (hasBand)
        {
            Figure.Style(figure, i++, new { showlegend = false, line = new { color = "rgba(0,114,178,0.25)", width = 0 }, hovertemplate = "%{x}: минимум по МО %{y:.1f}<extra></extra>" });
            Figure.Style(figure, i++, new { fill = "tonexty", fillcolor = "rgba(0,114,178,0.15)", line = new { color = "rgba(0,114,178,0.25)", width = 0 }, hovertemplate = "%{x}: максимум по МО %{y:.1f}<extra></extra>" });
        }
        Figure.Style(figure, i++, new { line = new { color = Figure.Palette[0], width = 3 }, customdata = years.Select(y => Figure.Shown(indicator, data.Region(indicator.Code, y))).ToArray(), hovertemplate = "%{x}: регион %{customdata}<extra></extra>" });
        if (hasTarget)
        {
            Figure.Style(figure, i, new { line = new { color = Figure.Bad, dash = "dash" }, hovertemplate = "%{x}: цель %{y:.1f}<extra></extra>" });
        }
        return figure;
    }
}
