using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>The deficits page's charts: municipalities × areas, the region per area over years, the funnel.</summary>
public static class DeficitCharts
{
    private static readonly IndicatorDefinition[] AreaIndicators = IndicatorCatalog.AreaIndicators.Select(a => a.Indicator).ToArray();

    /// <summary>
    /// Municipalities × deficit areas for a year (share with a deficit, %), coloured by the share itself (more is
    /// darker): each cell's share written in it (a reader, or a printed page, needs no hover), a cell without a
    /// published value grey with «—», the hover telling «мало данных» from «нет данных».
    /// </summary>
    public static JsonNode Heatmap(SiteData data, int year)
    {
        var munis = data.MatrixRows(year);
        var cells = munis.Select(m => AreaIndicators.Select(i => data.Get(i.Code, year, m.Code)).ToArray()).ToArray();
        var z = cells.Select(r => r.Select(v => v is { Suppressed: false, Value: { } value } ? value : (double?)null).ToArray()).ToArray();
        var figure = Figure.Of(CS.Heatmap<double, string, string, string>(
            zData: z.Select(r => r.Select(c => c ?? double.NaN).ToArray()).ToArray(),
            X: IndicatorCatalog.AreaIndicators.Select(a => a.Area.Name).ToArray(),
            Y: munis.Select(m => m.Name).ToArray()), new
        {
            margin = new { l = 260, r = 20, t = 20, b = 60 },
            yaxis = new { autorange = "reversed", automargin = true }, // a name longer than the margin widens it, never cut
            plot_bgcolor = Figure.Blank,
        }, 22 * munis.Count + 120);
        return Figure.Style(figure, 0, new
        {
            z = z.Select(r => r.Cast<object?>().ToArray()).ToArray(),
            // The share itself, from none (pale) to the map's largest (the site's «worse» orange): a diverging scale centred on
            // the middle of the data drew 28 % in Абатский, far above the region's 17 %, in the site's «better» blue.
            colorscale = Sequential,
            zmin = 0,
            zmax = Math.Max(z.SelectMany(r => r).OfType<double>().DefaultIfEmpty(0).Max(), 1),
            xgap = 1,
            ygap = 1,
            text = z.Select(r => r.Select(v => v is { } value ? RussianFormat.Number(value, 1) : "—").ToArray()).ToArray(),
            texttemplate = "%{text}",
            textfont = new { size = 11 },
            hovertext = cells.Select(r => r.Select((v, c) => v is { Suppressed: false, Value: { } value }
                ? RussianFormat.Value(AreaIndicators[c], value) + (v.Numerator is { } n && v.Denominator is { } d ? $" ({RussianFormat.Number(n, 0)} из {RussianFormat.Number(d, 0)})" : "")
                : v is { Suppressed: true } ? "мало данных" : "нет данных").ToArray()).ToArray(),
            hovertemplate = "%{y}<br>%{x}: %{hovertext}<extra></extra>",
            colorbar = new { title = new { text = "% с дефицитом" } },
        });
    }

    /// <summary>A deficit share's scale: pale for none, the site's «worse» orange for the most.</summary>
    private static readonly object[][] Sequential = [[0.0, "#fff5eb"], [0.5, "#f4a582"], [1.0, Figure.Bad]];

    private static string Share(double part, double whole) => whole > 0 ? RussianFormat.Number(100 * part / whole, 0) + "\u00A0%" : "—";

    /// <summary>The region's deficit rate per area over the years.</summary>
    public static JsonNode Trend(SiteData data)
    {
        var years = data.Years.ToArray();
        var traces = AreaIndicators.Select((i, n) => CS.Line<int, double, string>(x: years,
            y: years.Select(y => data.Region(i.Code, y)?.Value ?? double.NaN).ToArray(), Name: IndicatorCatalog.AreaIndicators[n].Area.Name, ShowMarkers: true)).ToArray();
        return Figure.Of(Figure.Combine(traces), new
        {
            xaxis = YearAxis.Of(years),
            yaxis = new { title = new { text = "% с дефицитом" }, rangemode = "tozero" },
            legend = Figure.TopLegend,
        });
    }

    /// <summary>Staff → diagnosed → with a deficit → with a diagnostic-based route → with a tutor → federal-registry course, for the region or a municipality.</summary>
    public static JsonNode Funnel(SiteData data, int year, string entity)
    {
        var values = IndicatorCatalog.DiagnosticFunnel.Select(s => (Step: s, Value: data.Get(s.Indicator.Code, year, entity))).ToArray();
        var steps = values.Select(v => (v.Step.Label, Count: v.Value is null || v.Value.Suppressed ? null : v.Step.FromDenominator ? v.Value.Denominator : v.Value.Numerator)).ToArray();
        if (values.Any(v => v.Value is { Suppressed: true }))
        {
            return Figure.Empty("Мало данных для воронки: значения скрыты для защиты персональных данных");
        }
        if (entity != IndicatorValue.RegionCode && !data.Coverage.Contains((entity, year)))
        {
            // Not hidden: there is nothing to hide (a municipality absent from the year's staff snapshot).
            return Figure.Empty($"Воронки нет: за {year} год нет данных о кадрах муниципалитета");
        }
        if (steps.FirstOrDefault(s => s.Count is null) is { Label: { } missing })
        {
            return Figure.Empty($"Воронки нет: за {year} год шаг «{missing}» не рассчитан — на предыдущем шаге никого нет");
        }
        var figure = Figure.Of(CS.Funnel<double, string, string>(x: steps.Select(s => s.Count!.Value).ToArray(), y: steps.Select(s => s.Label).ToArray()), new
        {
            margin = new { l = 220, r = 20, t = 20, b = 30 },
        }, 360);
        return Figure.Style(figure, 0, new
        {
            marker = new { color = Figure.Palette[0] },
            // Whole persons in Russian digits, and each step as a share of the one before it
            // («ИОМ получили 53 % выявленных с дефицитом»), which is what a reader asks of a funnel.
            text = steps.Select((s, n) => RussianFormat.Number(s.Count!.Value, 0) + " чел." + (n == 0 ? "" : $" · {Share(s.Count!.Value, steps[n - 1].Count!.Value)} от предыдущего шага")).ToArray(),
            textinfo = "text",
            // Inside a wide bar, beside a narrow one: never cut at the chart's edge.
            textposition = steps.Select(s => s.Count!.Value >= 0.5 * steps.Max(t => t.Count!.Value) ? "inside" : "outside").ToArray(),
            insidetextfont = new { color = "#ffffff" },
            customdata = steps.Select((s, n) => n == 0 ? "" : $"<br>{Share(s.Count!.Value, steps[n - 1].Count!.Value)} от шага «{steps[n - 1].Label}»").ToArray(),
            hovertemplate = "%{y}: %{x:,.0f} чел.%{customdata}<extra></extra>",
        });
    }
}
