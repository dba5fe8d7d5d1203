using System.Text.Json.Nodes;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// The composite index of the municipalities for a year (0–100, the mean over indicator groups of
/// the mean scaled score within each group) as ranked bars coloured by level group.
/// </summary>
public static class CompositeChart
{
    private static readonly Dictionary<string, string> LevelColour = new()
    {
        ["высокий"] = Figure.Ok,
        ["средний"] = "#9ca3af",
        ["низкий"] = Figure.Bad,
    };

    private static readonly int[] Range = [0, 100];

    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, int year)
    {
        // Best at the top (plotly draws the first bar at the bottom); municipalities of one place by name, top down.
        var rows = data.Composite.Where(c => c.Year == year).OrderByDescending(c => c.Rank).ThenByDescending(c => data.NameOf(c.Municipality), RussianOrder.Names).ToList();
        if (rows.Count == 0)
        {
            return Figure.Empty();
        }
        var names = data.Municipalities.ToDictionary(m => m.Code, m => m.Name);
        var shapes = new List<object>();
        var annotations = new List<object>();
        if (data.National)
        {
            var all = rows.Count;
            rows = SiteData.Ends(rows);
            Figure.EndsSeparator(all - rows.Count, SiteData.EndRows, shapes, annotations);
        }
        var keys = rows.Select(c => names.GetValueOrDefault(c.Municipality, c.Municipality)).ToArray();
        var shown = rows.Select(c => RussianFormat.Number(c.Index)).ToArray();
        var figure = Figure.Of(CS.Bar<double, string, string>(values: rows.Select(c => c.Index).ToArray(), Keys: keys), new
        {
            shapes,
            annotations,
            yaxis = Figure.NamedValueAxis(keys, shown),
            margin = new { l = 280, r = 30, t = 20, b = 40 },
            xaxis = new { title = new { text = "индекс, 0–100" }, range = Range },
            showlegend = false,
        }, Math.Max(360, 22 * rows.Count + 80));
        return Figure.Style(figure, 0, new
        {
            marker = new { color = rows.Select(c => LevelColour.GetValueOrDefault(c.LevelGroup, Figure.None)).ToArray() },
            customdata = rows.Select((c, i) => new object[] { shown[i], c.Rank, c.Of, c.LevelGroup, c.Indicators }).ToArray(),
            hovertemplate = "%{y}<br>индекс %{customdata[0]}, место %{customdata[1]:,} из %{customdata[2]:,}<br>%{customdata[3]} уровень; показателей в расчёте: %{customdata[4]}<extra></extra>",
        });
    }
}
