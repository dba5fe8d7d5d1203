using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// How the municipalities are spread on an indicator in a year (the national form, where a bar per
/// municipality cannot be read): the number of municipalities per band of values, with the
/// region, the median municipality and the target marked. Suppressed values are left out.
/// </summary>
public static class DistributionChart
{
    private const int Bands = 20;

    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator, int year)
    {
        var values = data.Municipalities.Select(m => data.Published(indicator.Code, year, m.Code)).OfType<double>().ToList();
        if (values.Count == 0)
        {
            return Figure.Empty();
        }
        var (low, high) = (values.Min(), values.Max());
        var width = high > low ? (high - low) / Bands : 1;
        var counts = new int[Bands];
        foreach (var v in values)
        {
            counts[Math.Min(Bands - 1, (int)((v - low) / width))]++;
        }
        var centres = Enumerable.Range(0, Bands).Select(b => low + (b + 0.5) * width).ToArray();
        var shapes = new List<object>();
        var annotations = new List<object>();
        void Line(double? x, string colour, string dash, string label, double labelY)
        {
            if (x is not { } at)
            {
                return;
            }
            shapes.Add(new { type = "line", xref = "x", yref = "paper", x0 = at, x1 = at, y0 = 0, y1 = 1, line = new { color = colour, dash, width = 2 } });
            annotations.Add(new { xref = "x", yref = "paper", x = at, y = labelY, yanchor = "bottom", text = label + " " + RussianFormat.Number(at), showarrow = false, font = new { color = colour, size = 11 } });
        }
        var region = data.Region(indicator.Code, year);
        Line(region?.Value, "#374151", "dot", "регион", 1.0);
        Line(data.Gap(indicator.Code, year)?.Median, "#111827", "solid", "медиана МО", 1.09);
        Line(region?.Target, Figure.Bad, "dash", "цель", 1.045);
        var figure = Figure.Of(CS.Column<int, double, string>(values: counts, Keys: centres), new
        {
            shapes,
            annotations,
            bargap = 0.05,
            margin = new { l = 60, r = 20, t = 70, b = 50 },
            xaxis = new { title = new { text = indicator.Unit } },
            yaxis = new { title = new { text = "муниципалитетов" }, rangemode = "tozero" },
            showlegend = false,
        }, 360);
        return Figure.Style(figure, 0, new
        {
            width = width * 0.95,
            marker = new { color = Figure.Palette[0] },
            customdata = Enumerable.Range(0, Bands).Select(b => new object[]
            {
                RussianFormat.Number(low + b * width), RussianFormat.Number(low + (b + 1) * width),
                RussianFormat.Number(counts[b], 0) + " " + RussianFormat.Plural(counts[b], "муниципалитет", "муниципалитета", "муниципалитетов"),
            }).ToArray(),
            hovertemplate = "от %{customdata[0]} до %{customdata[1]}: %{customdata[2]}<extra></extra>",
        });
    }
}
