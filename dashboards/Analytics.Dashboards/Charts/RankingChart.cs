using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// Municipalities ranked for a year as bars, with the target and region lines, the 95 % intervals
/// and the level groups as shaded bands. Suppressed ones are left out.
/// </summary>
public static class RankingChart
{
    /// <summary>The background of the level groups (высокий / средний / низкий, terciles of the scaled score).</summary>
    private static readonly Dictionary<string, string> LevelShade = new()
    {
        ["высокий"] = "rgba(31,111,178,0.08)",
        ["средний"] = "rgba(127,127,127,0.06)",
        ["низкий"] = "rgba(213,94,0,0.08)",
    };

    /// <summary>
    /// Shades the bars of each level group and names the group at the right edge; the bars are in
    /// rank order, so each group is one band.
    /// </summary>
    private static void LevelBands(List<MunicipalityStanding> rows, List<object> shapes, List<object> annotations)
    {
        var start = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count && rows[i].LevelGroup == rows[start].LevelGroup)
            {
                continue;
            }
            var group = rows[start].LevelGroup;
            if (LevelShade.TryGetValue(group, out var shade))
            {
                shapes.Add(new { type = "rect", layer = "below", xref = "paper", yref = "y", x0 = 0, x1 = 1, y0 = start - 0.5, y1 = i - 0.5, fillcolor = shade, line = new { width = 0 } });
                annotations.Add(new { xref = "paper", yref = "y", x = 1.01, xanchor = "left", y = (start + i - 1) / 2.0, text = group + "<br>уровень", showarrow = false, font = new { color = "#4b5563", size = 11 } });
            }
            start = i;
        }
    }

    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator, int year)
    {
        // Best at the top (plotly draws the first bar at the bottom); municipalities of one place by name, top down.
        var rows = data.StandingsOf(indicator.Code, year)
            .OrderByDescending(s => s.Rank).ThenByDescending(s => data.NameOf(s.Municipality), RussianOrder.Names).ToList();
        if (rows.Count == 0)
        {
            return Figure.Empty();
        }
        var names = data.Municipalities.ToDictionary(m => m.Code, m => m.Name);
        var region = data.Region(indicator.Code, year);
        var shapes = new List<object>();
        var annotations = new List<object>();
        var all = rows.Count;
        if (data.National)
        {
            rows = SiteData.Ends(rows);
            Figure.EndsSeparator(all - rows.Count, SiteData.EndRows, shapes, annotations);
        }
        void Line(double x, string colour, string dash, string label, int yshift)
        {
            shapes.Add(new { type = "line", xref = "x", yref = "paper", x0 = x, x1 = x, y0 = 0, y1 = 1, line = new { color = colour, dash, width = 2 } });
            annotations.Add(new { xref = "x", yref = "paper", x, y = 1.0, yshift, yanchor = "bottom", text = label, showarrow = false, font = new { color = colour, size = 11 } });
        }
        if (region?.Value is { } r)
        {
            Line(r, "#374151", "dot", "регион " + RussianFormat.Number(r, RussianFormat.Decimals(indicator, r, region.Target)), 0);
        }
        if (region?.Target is { } t)
        {
            Line(t, Figure.Bad, "dash", "цель " + RussianFormat.Number(t, RussianFormat.Decimals(indicator)), 14);
        }
        LevelBands(rows, shapes, annotations);
        var values = rows.Select(s => data.Get(indicator.Code, year, s.Municipality)).ToList();
        var shown = rows.Zip(values).Select(p => RussianFormat.Standing(indicator, p.First.Value, p.Second?.Target)).ToArray();
        var keys = rows.Select(s => names.GetValueOrDefault(s.Municipality, s.Municipality)).ToArray();
        var figure = Figure.Of(CS.Bar<double, string, string>(values: rows.Select(s => s.Value ?? 0).ToArray(), Keys: keys), new
        {
            shapes,
            annotations,
            yaxis = Figure.NamedValueAxis(keys, shown),
            margin = new { l = 300, r = 80, t = 64, b = 40 },
            xaxis = new { title = new { text = indicator.Unit }, rangemode = "tozero" },
            showlegend = false,
        }, Math.Max(360, 22 * rows.Count + 90));
        var colours = rows.Select(s => s.Value is not { } v ? Figure.Bad : s.GapToTarget is { } g ? (indicator.Meets(v, v - g) ? Figure.Ok : Figure.Bad) : Figure.None).ToArray();
        // A share of persons carries its 95 % Wilson interval as error bars; a small population's bar says «различие незначимо».
        var intervals = values.Any(v => v?.CiLow is not null);
        if (intervals)
        {
            Figure.Style(figure, 0, new
            {
                error_x = new
                {
                    type = "data",
                    symmetric = false,
                    array = rows.Zip(values).Select(p => p.Second?.CiHigh is { } h && p.First.Value is { } x ? h - x : 0).ToArray(),
                    arrayminus = rows.Zip(values).Select(p => p.Second?.CiLow is { } l && p.First.Value is { } x ? x - l : 0).ToArray(),
                    color = "#6b7280",
                    thickness = 1,
                    width = 3,
                },
            });
        }
        Figure.WithMunicipalityLinks(figure, rows.Select(s => (s.Municipality, names.GetValueOrDefault(s.Municipality, s.Municipality))));
        return Figure.Style(figure, 0, new
        {
            marker = new { color = colours },
            customdata = rows.Zip(values).Select((p, i) => new object[]
            {
                p.First.Rank, p.First.Of, shown[i],
                p.Second?.CiLow is { } lo && p.Second.CiHigh is { } hi ? $"<br>95 % интервал: {RussianFormat.Number(lo)}–{RussianFormat.Number(hi)}" : "",
                p.First.DiffersFromTarget == false || (p.First.DiffersFromTarget is null && p.First.DiffersFromMedian == false) ? "<br>различие незначимо" : "",
                p.First.LevelGroup,
            }).ToArray(),
            hovertemplate = "%{y}<br>значение: %{customdata[2]}%{customdata[3]}<br>место %{customdata[0]:,} из %{customdata[1]:,}, %{customdata[5]} уровень%{customdata[4]}<extra></extra>",
        });
    }
}
