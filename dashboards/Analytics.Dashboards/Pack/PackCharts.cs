using System.Globalization;
using System.Text.Json.Nodes;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Pack;

/// <summary>The pack's own charts (the others are the site's): made for a printed page, static, with integer year axes.</summary>
public static class PackCharts
{
    /// <summary>Targets met and not met by the region, per year up to <paramref name="through"/> (stacked bars).</summary>
    public static JsonNode TargetsByYear(SiteData data, int through)
    {
        var years = data.Years.Where(y => y <= through).ToArray();
        int Count(int year, bool met) => IndicatorCatalog.All.Count(i => data.Region(i.Code, year)?.MeetsTarget == met);
        var figure = Figure.Of(Figure.Combine(
            CS.Column<int, int, string>(values: years.Select(y => Count(y, true)).ToArray(), Keys: years, Name: "достигнуто"),
            CS.Column<int, int, string>(values: years.Select(y => Count(y, false)).ToArray(), Keys: years, Name: "не достигнуто")), new
        {
            barmode = "stack",
            xaxis = YearAxis.Of(years),
            yaxis = new { title = new { text = "показателей с целью" }, dtick = 1 },
            legend = Figure.TopLegend,
        }, 320);
        Figure.Style(figure, 0, new { marker = new { color = Figure.Ok }, texttemplate = "%{y}", textposition = "inside" });
        return Figure.Style(figure, 1, new { marker = new { color = Figure.Bad }, texttemplate = "%{y}", textposition = "inside" });
    }

    /// <summary>Percentage indicators of an entity (the region or a municipality) over the years up to <paramref name="through"/>, one line each, labelled at the end.</summary>
    public static JsonNode Dynamics(SiteData data, IReadOnlyList<IndicatorDefinition> indicators, string entity, int through)
    {
        var years = data.Years.Where(y => y <= through).ToArray();
        var traces = indicators.Select(i => CS.Line<int, double, string>(
            x: years, y: years.Select(y => data.Published(i.Code, y, entity) ?? double.NaN).ToArray(), Name: i.ShortName, ShowMarkers: true)).ToArray();
        var figure = Figure.Of(Figure.Combine(traces), new
        {
            xaxis = YearAxis.Of(years),
            yaxis = new { title = new { text = "%" }, rangemode = "tozero" },
            legend = Figure.TopLegend,
        }, 380);
        for (var i = 0; i < traces.Length; i++)
        {
            Figure.Style(figure, i, new { line = new { color = Figure.Palette[i % Figure.Palette.Length], width = 2.5 } });
        }
        return figure;
    }

    /// <summary>The share with a deficit per area for an entity: the previous year (when the warehouse has it) beside the year.</summary>
    public static JsonNode Deficits(SiteData data, string entity, int year, bool withPrevious)
    {
        var areas = IndicatorCatalog.AreaIndicators;
        var names = areas.Select(a => a.Area.Name).ToArray();
        double Or(double? v) => v ?? double.NaN;
        Plotly.NET.GenericChart Bars(int y) => CS.Bar<double, string, string>(values: areas.Select(a => Or(data.Published(a.Indicator.Code, y, entity))).ToArray(), Keys: names, Name: y.ToString(CultureInfo.InvariantCulture));
        var figure = Figure.Of(Figure.Combine(withPrevious ? [Bars(year - 1), Bars(year)] : [Bars(year)]), new
        {
            barmode = "group",
            margin = new { l = 230, r = 20, t = 20, b = 50 },
            xaxis = new { title = new { text = "% педагогов с дефицитом" }, rangemode = "tozero" },
            yaxis = new { autorange = "reversed" },
            legend = Figure.TopLegend,
        }, 40 * names.Length + 120);
        if (withPrevious)
        {
            Figure.Style(figure, 0, new { marker = new { color = "#9ca3af" } });
        }
        return Figure.Style(figure, withPrevious ? 1 : 0, new { marker = new { color = Figure.Palette[0] }, texttemplate = "%{x:.1f}", textposition = "outside" });
    }

    /// <summary>The number of recommendations per municipality by importance (stacked bars).</summary>
    public static JsonNode Recommendations(SiteData data, int year)
    {
        var names = data.Municipalities.ToDictionary(m => m.Code, m => m.Name);
        var items = data.RecommendationsFor(year).Items;
        var municipalities = items.Select(r => r.Municipality).Distinct().OrderBy(m => names.GetValueOrDefault(m, m), RussianOrder.Names).ToArray();
        if (municipalities.Length == 0)
        {
            return Figure.Empty("Адресных рекомендаций нет");
        }
        var labels = municipalities.Select(m => names.GetValueOrDefault(m, m)).ToArray();
        (int Severity, string Name, string Colour)[] levels = [(3, "высокая важность", Figure.Bad), (2, "средняя", "#f4a582"), (1, "низкая", "#9ca3af")];
        var figure = Figure.Of(Figure.Combine(levels.Select(l => CS.Bar<int, string, string>(
            values: municipalities.Select(m => items.Count(r => r.Municipality == m && r.Severity == l.Severity)).ToArray(), Keys: labels, Name: l.Name)).ToArray()), new
        {
            barmode = "stack",
            margin = new { l = 230, r = 20, t = 20, b = 50 },
            xaxis = new { title = new { text = "рекомендаций" }, dtick = 1 },
            yaxis = new { autorange = "reversed" },
            legend = Figure.TopLegend,
        }, 20 * labels.Length + 130);
        for (var i = 0; i < levels.Length; i++)
        {
            Figure.Style(figure, i, new { marker = new { color = levels[i].Colour } });
        }
        return figure;
    }

    /// <summary>An indicator per organization of a municipality (published values only), best first.</summary>
    public static JsonNode Organizations(SiteData data, string municipality, IndicatorDefinition indicator, int year)
    {
        var rows = data.OrganizationsOf(municipality)
            .Select(o => (o.Name, Value: data.Published(indicator.Code, year, o.Id)))
            .Where(r => r.Value is not null)
            .OrderBy(r => indicator.Direction == Direction.Higher ? -r.Value!.Value : r.Value!.Value)
            .ToList();
        if (rows.Count == 0)
        {
            return Figure.Empty("Нет опубликованных значений по организациям");
        }
        var figure = Figure.Of(CS.Bar<double, string, string>(values: rows.Select(r => r.Value!.Value).ToArray(), Keys: rows.Select(r => r.Name).ToArray(), Name: indicator.ShortName), new
        {
            // The names take the room they need (an organization's full name runs to 70 characters and more);
            // a value printed beyond its bar is drawn into the right margin, not cut at the plot's edge.
            margin = new { l = 10, r = 50, t = 20, b = 50 },
            xaxis = new { title = new { text = Figure.NameWithUnit(indicator) }, rangemode = "tozero" },
            yaxis = new { autorange = "reversed", automargin = true },
            showlegend = false,
        }, 18 * rows.Count + 110);
        return Figure.Style(figure, 0, new { marker = new { color = Figure.Palette[0] }, texttemplate = "%{x:.1f}", textposition = "outside", cliponaxis = false });
    }
}
