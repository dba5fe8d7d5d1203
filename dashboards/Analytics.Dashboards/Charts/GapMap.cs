using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// Municipalities × compared indicators for a year, in two separate encodings: an indicator with
/// a target is categorical (met / not met: the full colours), one without is placed against the
/// median municipality (better / worse: the pale colours) — not against the region, whose value
/// the largest municipalities dominate. Suppressed cells stay empty. The hover names the
/// municipality, the indicator, the value, the baseline and the population counted.
/// Scale: 1 = meets the target, 0.5 = better than the median, −0.5 = worse, −1 = misses the target.
/// </summary>
public static class GapMap
{

    private static readonly double[] TickValues = [-1, -0.5, 0.5, 1];
    private static readonly string[] TickTexts = ["цель не достигнута", "хуже медианы МО", "лучше медианы МО", "цель достигнута"];

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
                var median = data.Gaps.FirstOrDefault(g => g.Indicator == indicators[i].Code && g.Year == year)?.Median;
                if (v is not { Suppressed: false, Value: { } value })
                {
                    text[m][i] = v is { Suppressed: true } ? "мало данных" : "нет данных";
                    continue;
                }
                z[m][i] = v.Target is { } t ? (indicators[i].Meets(value, t) ? 1 : -1)
                    : median is { } md ? (value == md ? 0 : indicators[i].Meets(value, md) ? 0.5 : -0.5) : 0;
                text[m][i] = Figure.Plain(indicators[i].Name) + "<br>" + RussianFormat.Value(indicators[i], value)
                    + (v.Target is { } target ? $"; цель {RussianFormat.Number(target)}" : median is { } mv ? $"; медиана МО {RussianFormat.Number(mv)}" : "")
                    + (v.Denominator is { } d ? $"; численность {RussianFormat.Number(d, 0)}" : "");
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
            colorscale = Figure.BadToGood,
            xgap = 1,
            ygap = 1,
            text,
            hovertemplate = "%{y}<br>%{text}<extra></extra>",
            colorbar = new { tickvals = TickValues, ticktext = TickTexts },
        });
    }
}
