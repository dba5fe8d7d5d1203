using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>Each municipality from the first year to the selected one: who closed the gap, who fell behind.</summary>
public static class SlopeChart
{
    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator, int year)
    {
        var first = data.Years[0];
        if (year == first)
        {
            return Figure.Empty("Выберите год позже " + first);
        }
        var lines = data.Municipalities
            .Select(m => (m.Name, a: data.Published(indicator.Code, first, m.Code), b: data.Published(indicator.Code, year, m.Code)))
            .Where(x => x.a is not null && x.b is not null).ToList();
        if (lines.Count == 0)
        {
            return Figure.Empty();
        }
        var traces = lines.Select(l => CS.Line<string, double, string>(x: [first.ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString(System.Globalization.CultureInfo.InvariantCulture)], y: [l.a!.Value, l.b!.Value], Name: l.Name, ShowMarkers: true)).ToArray();
        var figure = Figure.Of(Figure.Combine(traces), new { showlegend = false, yaxis = new { title = new { text = indicator.Unit } }, margin = new { l = 60, r = 20, t = 30, b = 40 } }, 480);
        for (var i = 0; i < lines.Count; i++)
        {
            var better = indicator.Direction == Direction.Higher ? lines[i].b > lines[i].a : lines[i].b < lines[i].a;
            Figure.Style(figure, i, new { line = new { color = better ? Figure.Ok : Figure.Bad, width = 1.5 }, hovertemplate = Figure.Plain(lines[i].Name) + ": %{y:.1f} (%{x})<extra></extra>" });
        }
        return figure;
    }
}
