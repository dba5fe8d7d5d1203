using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// Each municipality from the first year to the selected one: who closed the gap, who fell behind.
/// Blue lines improved, orange ones worsened (by the indicator's direction, as the legend says);
/// the three largest improvements and the three largest falls are named at the line's end, every
/// line on hover.
/// </summary>
public static class SlopeChart
{
    private const int Named = 3;

    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator, int year)
    {
        var first = data.Years[0];
        if (year == first)
        {
            return Figure.Empty("Выберите год позже " + first);
        }
        var lines = data.Municipalities
            .Select(m => (m.Code, m.Name, a: data.Published(indicator.Code, first, m.Code), b: data.Published(indicator.Code, year, m.Code)))
            .Where(x => x.a is not null && x.b is not null)
            .Select(x => (x.Code, x.Name, From: x.a!.Value, To: x.b!.Value, Gain: indicator.Direction == Direction.Higher ? x.b!.Value - x.a!.Value : x.a!.Value - x.b!.Value))
            .ToList();
        if (lines.Count == 0)
        {
            return Figure.Empty();
        }
        var scope = "";
        if (data.National)
        {
            // The national form: the largest improvements and the largest falls only.
            scope = $"показаны {SiteData.EndRows} наибольших улучшений и {SiteData.EndRows} ухудшений из {RussianFormat.Number(lines.Count, 0)}; ";
            lines = SiteData.Ends(lines.OrderByDescending(l => l.Gain).ToList());
        }
        var traces = lines.Select(l => CS.Line<int, double, string>(x: [first, year], y: [l.From, l.To], Name: l.Name, ShowMarkers: true)).ToArray();
        var ordered = lines.OrderByDescending(l => l.Gain).ToList();
        var named = ordered.Take(Named).Where(l => l.Gain > 0).Concat(ordered.AsEnumerable().Reverse().Take(Named).Where(l => l.Gain < 0)).Distinct().ToList();
        // The names at the lines' ends, spread apart where ends are close (both ways, each as near its end as the
        // others allow), a thin leader from each name to its line's end.
        var all = lines.SelectMany(l => new[] { l.From, l.To }).ToList();
        var apart = (all.Max() - all.Min()) * 0.045;
        var labelY = LabelSpread.Of(named.Select(l => l.To).ToList(), apart);
        var annotations = named.Select((l, i) => new
        {
            x = year, y = l.To, xref = "x", yref = "y", showarrow = true, arrowhead = 0, arrowwidth = 0.8, arrowcolor = "#9ca3af",
            ax = 14, axref = "pixel", ay = labelY[i], ayref = "y", xanchor = "left", standoff = 3,
            text = Figure.Plain(l.Name) + " " + RussianFormat.Change(indicator, l.To - l.From),
            font = new { size = 11, color = l.Gain > 0 ? Figure.Ok : Figure.Bad },
        }).ToArray();
        var figure = Figure.Of(Figure.Combine(traces), new
        {
            showlegend = false,
            // The legend of the colours, as the chart's title line.
            title = new
            {
                text = $"<span style=\"color:{Figure.Ok}\">━ лучше, чем в {first} г.</span>   <span style=\"color:{Figure.Bad}\">━ хуже или так же</span>   "
                    + "<span style=\"color:#6b7280\">" + scope + "подписаны три наибольших улучшения и ухудшения, остальные — при наведении</span>",
                x = 0.01, xanchor = "left", font = new { size = 12 },
            },
            xaxis = YearAxis.Of([first, year], title: null),
            yaxis = new { title = new { text = indicator.Unit } },
            annotations,
            margin = new { l = 60, r = 260, t = 40, b = 40 },
        }, 500);
        for (var i = 0; i < lines.Count; i++)
        {
            var better = lines[i].Gain > 0;
            Figure.Style(figure, i, new
            {
                showlegend = false,
                line = new { color = better ? Figure.Ok : Figure.Bad, width = named.Contains(lines[i]) ? 2.5 : 1.2 },
                opacity = named.Contains(lines[i]) ? 1 : 0.55,
                hovertemplate = Figure.Plain(lines[i].Name) + ": %{y:.1f} (%{x})<extra></extra>",
            });
        }
        // On a phone the names at the lines' ends do not fit: the hover and the colours' legend stay.
        figure["phone"] = new JsonObject
        {
            ["annotations"] = new JsonArray(),
            ["title"] = new JsonObject
            {
                ["text"] = $"<span style=\"color:{Figure.Ok}\">━ лучше, чем в {first} г.</span>  <span style=\"color:{Figure.Bad}\">━ хуже</span>",
                ["x"] = 0.01, ["xanchor"] = "left", ["font"] = new JsonObject { ["size"] = 11 },
            },
        };
        return figure;
    }
}
