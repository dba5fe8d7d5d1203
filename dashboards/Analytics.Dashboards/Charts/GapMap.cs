using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// Municipalities × compared indicators for a year, as two panels with two separate encodings:
/// indicators with a target are categorical (the target met: blue, not met: orange); indicators
/// without one are placed against the median municipality on the site's diverging scale (the
/// distance from the median divided by the largest distance for that indicator, direction-aware:
/// +1 the best, −1 the worst) — not against the region, whose value the largest municipalities
/// dominate. Suppressed and missing cells stay empty (grey background). The hover names the
/// municipality, the indicator, the value, the baseline and the population counted.
/// </summary>
public static class GapMap
{
    private static readonly double[] TargetTicks = [0.25, 0.75], MedianTicks = [-1, 0, 1];
    private static readonly string[] TargetTickTexts = ["не достигнута", "достигнута"], MedianTickTexts = ["хуже всех", "на уровне медианы", "лучше всех"];

    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, int year)
    {
        var compared = IndicatorCatalog.All.Where(i => i.Compared).ToList(); // counts measure size: never compared
        var withTarget = compared.Where(i => data.Region(i.Code, year)?.Target is not null).ToList();
        var withoutTarget = compared.Except(withTarget).ToList();
        var rows = data.MatrixRows(year);
        if (withTarget.Count + withoutTarget.Count == 0 || rows.Count == 0)
        {
            return Figure.Empty();
        }
        var names = rows.Select(m => m.Name).ToArray();
        // Each panel's width follows its number of columns; the axes share the municipalities.
        var split = withTarget.Count == 0 ? 0 : withoutTarget.Count == 0 ? 1 : (double)withTarget.Count / (withTarget.Count + withoutTarget.Count);
        const double gap = 0.03;
        var layout = new JsonObject
        {
            ["margin"] = Node(new { l = 260, r = 150, t = 40, b = 170 }),
            ["yaxis"] = Node(new { autorange = "reversed", dtick = 1, automargin = true }), // a name longer than the margin widens it, never cut
            ["plot_bgcolor"] = Figure.Blank,
            ["annotations"] = new JsonArray(),
        };
        JsonNode? figure = null;
        void Panel(List<IndicatorDefinition> indicators, bool targets, string axis, double from, double to)
        {
            if (indicators.Count == 0)
            {
                return;
            }
            var (z, text) = targets ? TargetCells(data, year, indicators, rows) : MedianCells(data, year, indicators, rows);
            var panel = Figure.Of(CS.Heatmap<double, string, string, string>(
                zData: z.Select(row => row.Select(c => c ?? double.NaN).ToArray()).ToArray(),
                X: indicators.Select(i => i.ShortName).ToArray(),
                Y: names));
            Figure.Style(panel, 0, new
            {
                z = z.Select(row => row.Cast<object?>().ToArray()).ToArray(),
                zmin = targets ? 0 : -1,
                zmax = 1,
                colorscale = targets ? TargetScale : Figure.BadToGood,
                xgap = 1,
                ygap = 1,
                text,
                hovertemplate = "%{y}<br>%{text}<extra></extra>",
                colorbar = targets
                    ? (object)new { title = new { text = "Цель" }, tickvals = TargetTicks, ticktext = TargetTickTexts, len = 0.3, y = 1, yanchor = "top", thickness = 14 }
                    : new { title = new { text = "К медиане МО" }, tickvals = MedianTicks, ticktext = MedianTickTexts, len = 0.45, y = 0.6, yanchor = "top", thickness = 14 },
                xaxis = axis,
            });
            var trace = panel["data"]![0]!.DeepClone();
            if (figure is null)
            {
                figure = panel;
                figure["data"]!.AsArray().Clear();
            }
            figure["data"]!.AsArray().Add(trace);
            var axisName = axis == "x" ? "xaxis" : "xaxis" + axis[1..];
            layout[axisName] = Node(new { domain = new[] { from, to }, tickangle = -45, side = "bottom", dtick = 1, anchor = "y" });
            layout["annotations"]!.AsArray().Add(Node(new
            {
                xref = "paper", yref = "paper", x = from, xanchor = "left", y = 1, yanchor = "bottom", showarrow = false,
                text = targets ? "<b>С целью</b>" : "<b>Без цели: к медиане МО</b>",
            }));
        }
        Panel(withTarget, true, "x", 0, withoutTarget.Count == 0 ? 1 : Math.Max(0.08, split - gap / 2));
        Panel(withoutTarget, false, withTarget.Count == 0 ? "x" : "x2", withTarget.Count == 0 ? 0 : Math.Min(0.92, split + gap / 2), 1);
        var layoutNode = figure!["layout"]!.AsObject();
        foreach (var (key, value) in layout)
        {
            layoutNode[key] = value?.DeepClone();
        }
        layoutNode["height"] = 22 * names.Length + 230;
        var ranked = data.Composite.Count(c => c.Year == year);
        if (data.National && ranked > rows.Count)
        {
            var shapes = new List<object>();
            var notes = new List<object>();
            Figure.EndsSeparator(ranked - rows.Count, SiteData.EndRows, shapes, notes);
            layoutNode["shapes"] = Node(shapes);
            foreach (var note in notes)
            {
                layoutNode["annotations"]!.AsArray().Add(Node(note));
            }
        }
        // A cell opens its municipality's page at its indicator: the columns' codes beside the links.
        figure["columns"] = new JsonObject(withTarget.Concat(withoutTarget)
            .Select(i => KeyValuePair.Create(Figure.Plain(i.ShortName), (JsonNode?)JsonValue.Create(i.Code))));
        return Figure.WithMunicipalityLinks(figure, rows);
    }

    /// <summary>One chip of the phone form of the map: an indicator's cell of one municipality.</summary>
    public sealed record Chip(string Indicator, string Label, string Class, string Title);

    /// <summary>One municipality's row of the phone form of the map.</summary>
    public sealed record ChipRow(string Code, string Name, string Href, IReadOnlyList<Chip> Chips);

    /// <summary>
    /// The same cells for a narrow screen, as a list per municipality of coloured chips (the same
    /// colours and hover texts, the short names written on them), where a 26 × 20 grid cannot fit.
    /// </summary>
    public static List<ChipRow> Chips(SiteData data, int year)
    {
        var compared = IndicatorCatalog.All.Where(i => i.Compared).ToList();
        var withTarget = compared.Where(i => data.Region(i.Code, year)?.Target is not null).ToList();
        var withoutTarget = compared.Except(withTarget).ToList();
        var rows = data.MatrixRows(year);
        var (tz, tt) = TargetCells(data, year, withTarget, rows);
        var (mz, mt) = MedianCells(data, year, withoutTarget, rows);
        static string Plainless(string text) => System.Net.WebUtility.HtmlDecode(text.Replace("<br>", ": ", StringComparison.Ordinal));
        return rows.Select((m, r) => new ChipRow(m.Code, m.Name, PagePaths.Municipality(m.Code),
            withTarget.Select((i, c) => new Chip(i.Code, i.ShortName, tz[r][c] switch { 1 => "ok", 0 => "bad", _ => "na" }, Plainless(tt[r][c])))
                .Concat(withoutTarget.Select((i, c) => new Chip(i.Code, i.ShortName,
                    mz[r][c] switch { null => "na", > 0.33 => "better2", > 0 => "better", 0 => "same", >= -0.33 => "worse", _ => "worse2" }, Plainless(mt[r][c]))))
                .ToList())).ToList();
    }

    /// <summary>The two colours of the categorical panel: 0 = the target missed, 1 = met.</summary>
    private static readonly object[][] TargetScale = [[0.0, Figure.Bad], [0.5, Figure.Bad], [0.5, Figure.Ok], [1.0, Figure.Ok]];

    private static JsonNode Node(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value)!;

    private static (double?[][] Z, string[][] Text) TargetCells(SiteData data, int year, List<IndicatorDefinition> indicators, List<(string Code, string Name)> rows) =>
        Cells(data, year, indicators, rows, (indicator, v, value, _) =>
            v.Target is { } t ? (indicator.Meets(value, t) ? 1 : 0, $"; цель {RussianFormat.Number(t)} — {(indicator.Meets(value, t) ? "достигнута" : "не достигнута")}") : (null, ""));

    private static (double?[][] Z, string[][] Text) MedianCells(SiteData data, int year, List<IndicatorDefinition> indicators, List<(string Code, string Name)> rows)
    {
        // The largest distance from the median per indicator scales the panel to −1…+1.
        var spread = indicators.ToDictionary(i => i.Code, i =>
        {
            var median = Median(data, i, year);
            return median is null ? 0 : data.Municipalities
                .Select(m => data.Published(i.Code, year, m.Code)).OfType<double>()
                .Select(v => Math.Abs(v - median.Value)).DefaultIfEmpty(0).Max();
        });
        return Cells(data, year, indicators, rows, (indicator, _, value, median) =>
        {
            if (median is not { } md)
            {
                return (null, "");
            }
            var s = spread[indicator.Code];
            var position = s == 0 ? 0 : (indicator.Direction == Direction.Higher ? value - md : md - value) / s;
            var words = position > 0 ? "лучше медианы" : position < 0 ? "хуже медианы" : "на уровне медианы";
            return (position, $"; медиана МО {RussianFormat.Number(md)} — {words}");
        });
    }

    private static double? Median(SiteData data, IndicatorDefinition indicator, int year) => data.Gap(indicator.Code, year)?.Median;

    private static (double?[][] Z, string[][] Text) Cells(SiteData data, int year, List<IndicatorDefinition> indicators, List<(string Code, string Name)> munis,
        Func<IndicatorDefinition, IndicatorValue, double, double?, (double? Z, string Baseline)> cell)
    {
        var z = new double?[munis.Count][];
        var text = new string[munis.Count][];
        for (var m = 0; m < munis.Count; m++)
        {
            z[m] = new double?[indicators.Count];
            text[m] = new string[indicators.Count];
            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                var v = data.Get(indicator.Code, year, munis[m].Code);
                if (v is not { Suppressed: false, Value: { } value })
                {
                    text[m][i] = Figure.Plain(indicator.Name) + "<br>" + (v is { Suppressed: true } ? "мало данных" : "нет данных");
                    continue;
                }
                var (position, baseline) = cell(indicator, v, value, Median(data, indicator, year));
                z[m][i] = position;
                text[m][i] = Figure.Plain(indicator.Name) + "<br>" + RussianFormat.Value(indicator, value, v.Target) + baseline
                    + (v.Denominator is { } d ? $"; численность {RussianFormat.Number(d, 0)}" : "");
            }
        }
        return (z, text);
    }
}
