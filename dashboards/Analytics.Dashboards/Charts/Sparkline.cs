using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// The region value of an indicator over all years, small, inside its summary card: the selected
/// year marked, the first and last year and the lowest and highest value labelled, and the value
/// axis spanning at least a unit's minimum (<see cref="ValueAxis"/>) so that 105 → 104 stays
/// a small step on every card of that unit.
/// </summary>
public static class Sparkline
{
    /// <summary>The figure with <paramref name="year"/> marked.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator, int year)
    {
        var points = data.Years.Select(y => (y, v: data.Region(indicator.Code, y)?.Value)).Where(p => p.v is not null).Select(p => (Year: p.y, Value: p.v!.Value)).ToList();
        if (points.Count == 0)
        {
            return Figure.Empty("Нет данных");
        }
        // The axis runs between two round values that hold the data and at least the unit's span;
        // those two are the labels, so the scale of every card can be read off it.
        var axis = ValueAxis.For(indicator, points.Select(p => p.Value).ToList());
        var ends = new[] { axis.Bottom, axis.Top };
        var selected = points.Where(p => p.Year == year).ToList();
        var figure = Figure.Of(Figure.Combine(
            CS.Line<int, double, string>(x: points.Select(p => p.Year).ToArray(), y: points.Select(p => p.Value).ToArray(), Name: "Регион", ShowMarkers: true),
            CS.Point<int, double, string>(x: selected.Select(p => p.Year).ToArray(), y: selected.Select(p => p.Value).ToArray(), Name: "Выбранный год")), new
        {
            margin = new { l = 6, r = 52, t = 6, b = 18 },
            xaxis = YearAxis.Of(points.Select(p => p.Year), extremesOnly: true, fixedRange: true, title: null),
            yaxis = new
            {
                side = "right",
                range = axis.Padded(0.06),
                tickvals = ends,
                ticktext = ends.Select(v => RussianFormat.Number(v, axis.Decimals)).ToArray(),
                showgrid = true,
                gridcolor = "#eeeeee",
                zeroline = false,
                fixedrange = true,
                tickfont = new { size = 10, color = "#6b7280" },
            },
            showlegend = false,
        }, 78);
        Figure.Style(figure, 0, new { line = new { color = Figure.Palette[0], width = 2 }, marker = new { size = 4, color = Figure.Palette[0] }, hoverinfo = "skip" });
        return Figure.Style(figure, 1, new { marker = new { size = 9, color = "#1f2937", line = new { color = "#ffffff", width = 1.5 } }, hoverinfo = "skip" });
    }
}
