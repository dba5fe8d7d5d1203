using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// Municipalities × indicators for a year: each cell says how the municipality stands against the
/// target (or, without a target, against the region). Suppressed cells stay empty.
/// Scale: 1 = meets the target, 0.5 = better than the region, −0.5 = worse, −1 = misses the target.
/// </summary>
public static class GapMap
{
    private static readonly object[][] Scale = [[0.0, "#d55e00"], [0.25, "#f4a582"], [0.5, "#f7f7f7"], [0.75, "#92c5de"], [1.0, "#1f6fb2"]];

    private static readonly double[] TickValues = [-1, -0.5, 0.5, 1];
    private static readonly string[] TickTexts = ["цель не достигнута", "хуже региона", "лучше региона", "цель достигнута"];

    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, int year)
    {
        var indicators = IndicatorCatalog.All.Where(i => i.Compared).ToList(); // counts measure size: never compared
        var munis = data.Municipalities;
        var z = new double?[munis.Count][];
        var text = new string[munis.Count][];
        for (var m = 0; m < munis.Count; m++)
        {
            z[m] = new double?[indicators.Count];
            text[m] = new string[indicators.Count];
            for (var i = 0; i < indicators.Count; i++)
            {
                var v = data.Get(indicators[i].Code, year, munis[m].Code);
                var region = data.Region(indicators[i].Code, year);
                if (v is not { Suppressed: false, Value: { } value })
                {
                    text[m][i] = v is { Suppressed: true } ? "мало данных" : "нет данных";
                    continue;
                }
                z[m][i] = v.Target is { } t ? (indicators[i].Meets(value, t) ? 1 : -1)
                    : region?.Value is { } r ? (value == r ? 0 : indicators[i].Meets(value, r) ? 0.5 : -0.5) : 0;
                text[m][i] = RussianFormat.Value(indicators[i], value)
                    + (v.Target is { } target ? $"; цель {RussianFormat.Number(target)}" : region?.Value is { } rv ? $"; регион {RussianFormat.Number(rv)}" : "");
            }
        }
        var figure = Figure.Of(CS.Heatmap<double, string, string, string>(
            zData: z.Select(row => row.Select(c => c ?? double.NaN).ToArray()).ToArray(),
            X: indicators.Select(i => i.ShortName).ToArray(),
            Y: munis.Select(m => m.Name).ToArray()), new
        {
            margin = new { l = 260, r = 20, t = 20, b = 170 },
            xaxis = new { tickangle = -45, side = "bottom" },
            yaxis = new { autorange = "reversed" },
        }, 22 * munis.Count + 220);
        return Figure.Style(figure, 0, new
        {
            z = z.Select(row => row.Cast<object?>().ToArray()).ToArray(),
            zmin = -1,
            zmax = 1,
            colorscale = Scale,
            xgap = 1,
            ygap = 1,
            text,
            hovertemplate = "%{y}<br>%{x}: %{text}<extra></extra>",
            colorbar = new { tickvals = TickValues, ticktext = TickTexts },
        });
    }
}
