using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>The region value of an indicator over all years, small, for a summary card.</summary>
public static class Sparkline
{
    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator)
    {
        var points = data.Years.Select(y => (y, v: data.Region(indicator.Code, y)?.Value)).Where(p => p.v is not null).ToList();
        var figure = Figure.Of(CS.Line<int, double, string>(x: points.Select(p => p.y).ToArray(), y: points.Select(p => p.v!.Value).ToArray(), Name: "Регион", ShowMarkers: true), new
        {
            margin = new { l = 4, r = 4, t = 4, b = 4 },
            xaxis = new { visible = false },
            yaxis = new { visible = false },
            showlegend = false,
        }, 60);
        return Figure.Style(figure, 0, new { line = new { color = Figure.Palette[0], width = 2 }, hovertemplate = "%{x}: %{y:.1f}<extra></extra>" });
    }
}
