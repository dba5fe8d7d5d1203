using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using Plotly.NET;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// Turns a Plotly.NET chart into the figure JSON the page renders: the house layout (Russian
/// separators, automatic width, compact margins) and without Plotly.NET's bulky default template.
/// </summary>
public static class Figure
{
    // Plotly.NET serializes its default template (about 8 KB) into every figure, which made each
    // figure cost ~90 ms and every page heavy; the house layout below sets what the site needs.
    static Figure() => Defaults.DefaultTemplate = new Template();

    /// <summary>
    /// A horizontal legend above the plot, where nothing else is drawn: the figure's top margin grows to hold it.
    /// Below the plot (at a fraction of its height, as before) it sat on the axis title or the tick labels
    /// whenever the chart's height or labels changed; anchored to the figure's bottom it did not move the margin.
    /// </summary>
    public static readonly object TopLegend = new { orientation = "h", x = 0, xanchor = "left", y = 1.02, yanchor = "bottom" };

    /// <summary>The colour-blind-safe palette (Okabe–Ito).</summary>
    public static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>Achieved, not achieved, no target.</summary>
    public const string Ok = "#1f6fb2", Bad = "#d55e00", None = "#7f7f7f";

    /// <summary>The background of a map's cells without a published value (grey, apart from every scale's colours).</summary>
    public const string Blank = "#e5e7eb";

    /// <summary>
    /// The site's one diverging scale, from bad (orange) through neutral to good (blue), colour-blind
    /// safe; a chart whose larger values are worse lists it reversed (<see cref="GoodToBad"/>).
    /// </summary>
    public static readonly object[][] BadToGood = [[0.0, Bad], [0.25, "#f4a582"], [0.5, "#f7f7f7"], [0.75, "#92c5de"], [1.0, Ok]];

    /// <summary>The same scale for values where larger is worse (a deficit rate): low is blue, high is orange.</summary>
    public static readonly object[][] GoodToBad = BadToGood.Select(stop => new object[] { 1.0 - (double)stop[0], stop[1] }).Reverse().ToArray();

    /// <summary>
    /// Makes one small figure and throws it away: the chart library's first figure costs about a
    /// second of compiling (Plotly.NET is F#), which a caller can spend while it waits for something else.
    /// </summary>
    public static void Warm() => Of(Plotly.NET.CSharp.Chart.Column<int, int, string>(values: WarmValues, Keys: WarmValues, Name: "warm"));

    private static readonly int[] WarmValues = [1];

    /// <summary>The figure as a JSON node, with layout properties merged over the house layout.</summary>
    public static JsonNode Of(GenericChart chart, object? layout = null, int height = 360)
    {
        var house = new Layout();
        house.SetProperty("separators", RussianFormat.PlotlySeparators);
        house.SetProperty("height", height);
        house.SetProperty("margin", new { l = 60, r = 20, t = 30, b = 50 });
        house.SetProperty("font", new { family = "PT Sans, Segoe UI, Arial, sans-serif", size = 12 });
        house.SetProperty("paper_bgcolor", "#ffffff");
        house.SetProperty("plot_bgcolor", "#ffffff");
        house.SetProperty("colorway", Palette);
        var figure = JsonNode.Parse(GenericChart.toFigureJson(GenericChart.addLayout(house, chart)))!;
        var layoutNode = figure["layout"]!.AsObject();
        layoutNode.Remove("template");
        layoutNode.Remove("width");
        layoutNode["autosize"] = true;
        if (layout is not null)
        {
            foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(layout)!.AsObject())
            {
                layoutNode[key] = value?.DeepClone();
            }
        }
        figure.AsObject().Remove("frames");
        foreach (var trace in figure["data"]!.AsArray())
        {
            foreach (var key in InputKeys)
            {
                if (trace![key] is { } node)
                {
                    trace[key] = PlainNode(node);
                }
            }
            foreach (var key in ValueKeys)
            {
                Gaps(trace![key]);
            }
        }
        return figure;
    }

    // The trace properties that carry values (z: rows of a heat map).
    private static readonly string[] ValueKeys = ["x", "y", "z"];

    /// <summary>
    /// Plotly.NET writes a missing value (NaN) as the string "NaN", which Plotly reads as a category: a chart
    /// of gaps alone got a «NaN» axis tick and «NaN» printed as a bar's label. In an array of numbers and "NaN"
    /// each "NaN" becomes Plotly's own gap, null; an array of names (any other string) is left as it is.
    /// </summary>
    private static void Gaps(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return;
        }
        if (array.Count > 0 && array.All(e => e is JsonArray))
        {
            foreach (var row in array)
            {
                Gaps(row);
            }
        }
        else if (array.All(e => e is null || IsNaN(e) || e.GetValueKind() == System.Text.Json.JsonValueKind.Number))
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } e && IsNaN(e))
                {
                    array[i] = null;
                }
            }
        }
    }

    private static bool IsNaN(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var text) && text == "NaN";

    /// <summary>
    /// A published value as the tables show it, in its unit and beside its target (<see cref="RussianFormat.Value(IndicatorDefinition, double?, double?)"/>),
    /// for a hover; empty for none or a suppressed one.
    /// </summary>
    public static string Shown(IndicatorDefinition indicator, IndicatorValue? value) =>
        value is { Suppressed: false, Value: { } v } ? RussianFormat.Value(indicator, v, value.Target) : "";

    /// <summary>
    /// Text as Plotly shows it literally: Plotly reads a subset of HTML in every label, legend,
    /// tick and hover (a link, bold, a line break), so text from the input has <c>&amp;</c>,
    /// <c>&lt;</c> and <c>&gt;</c> written as entities, which Plotly turns back into characters.
    /// </summary>
    public static string Plain(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    // The trace properties that carry text from the input (names of municipalities and
    // organizations as categories, trace names, cell texts); the house's own markup lives in
    // hovertemplate, titles and annotations, which take input text only through Plain.
    private static readonly string[] InputKeys = ["x", "y", "text", "name", "hovertext", "labels"];

    private static JsonNode? PlainNode(JsonNode? node) => node switch
    {
        JsonArray array => new JsonArray(array.Select(PlainNode).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(Plain(text)),
        _ => node?.DeepClone(),
    };

    /// <summary>Merges style properties into trace <paramref name="index"/> of a figure.</summary>
    public static JsonNode Style(JsonNode figure, int index, object properties)
    {
        var trace = figure["data"]![index]!.AsObject();
        foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(properties)!.AsObject())
        {
            trace[key] = value?.DeepClone();
        }
        return figure;
    }

    /// <summary>
    /// Makes a chart's municipalities clickable: <c>links</c> beside the figure's data and layout
    /// (Plotly ignores it; site.js reads it) maps each category label, as Plotly shows it, to the
    /// municipality's page relative to the site root; a click opens it in the selected year.
    /// </summary>
    public static JsonNode WithMunicipalityLinks(JsonNode figure, IEnumerable<(string Code, string Name)> municipalities)
    {
        var links = new JsonObject();
        foreach (var (code, name) in municipalities)
        {
            links[Plain(name)] = PagePaths.Municipality(code);
        }
        figure["links"] = links;
        return figure;
    }

    /// <summary>An indicator's short name with the unit its values are in, as a chart's or an axis's title (the unit once, if the short name ends with it).</summary>
    public static string NameWithUnit(IndicatorDefinition indicator) =>
        indicator.ShortName.EndsWith(", " + indicator.Unit, StringComparison.Ordinal) ? indicator.ShortName : indicator.ShortName + ", " + indicator.Unit;

    /// <summary>
    /// The category axis of ranked bars with each bar's value beside its name («город Ишим — 74,6 %»), as the
    /// tables write it: a bar of zero has no length to show, and a reader should not need the hover for a figure.
    /// </summary>
    /// <param name="names">The bars' names as given to the chart (made plain here, as the trace's are).</param>
    /// <param name="shown">Each bar's value as text.</param>
    public static object NamedValueAxis(IReadOnlyList<string> names, IReadOnlyList<string> shown) => new
    {
        tickmode = "array",
        tickvals = names.Select(Plain).ToArray(),
        ticktext = names.Zip(shown, (name, value) => Plain(name) + " — " + value).ToArray(),
        automargin = true,
    };

    /// <summary>
    /// Between the two ends of a national list (bars in category order, one end above the other):
    /// a dashed line and «… ещё N муниципалитетов …», so nobody reads the ends as the whole list.
    /// </summary>
    public static void EndsSeparator(int left, int each, List<object> shapes, List<object> annotations)
    {
        if (left <= 0)
        {
            return;
        }
        shapes.Add(new { type = "line", xref = "paper", yref = "y", x0 = 0, x1 = 1, y0 = each - 0.5, y1 = each - 0.5, line = new { color = "#6b7280", dash = "dash", width = 1 } });
        annotations.Add(new
        {
            xref = "paper", yref = "y", x = 0.5, y = each - 0.5, showarrow = false, bgcolor = "#ffffff",
            text = $"… ещё {RussianFormat.Number(left, 0)} {RussianFormat.Plural(left, "муниципалитет", "муниципалитета", "муниципалитетов")} между ними …",
            font = new { color = "#4b5563", size = 11 },
        });
    }

    /// <summary>Several Plotly.NET charts as one.</summary>
    public static GenericChart Combine(params GenericChart[] charts) => Plotly.NET.GenericChart.combine(charts);

    /// <summary>An empty figure that says there is no data (so every chart container still shows a plot).</summary>
    public static JsonNode Empty(string message = "Нет данных за выбранный год") =>
        Of(Plotly.NET.CSharp.Chart.Point<double, double, string>(x: Array.Empty<double>(), y: Array.Empty<double>()), new
        {
            xaxis = new { visible = false },
            yaxis = new { visible = false },
            annotations = new[] { new { text = message, showarrow = false, xref = "paper", yref = "paper", x = 0.5, y = 0.5, font = new { size = 14, color = "#6b7280" } } },
        }, 220);
}
