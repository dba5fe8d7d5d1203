using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>methodology.html: every indicator's definition, from the catalog.</summary>
public static class MethodologyPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SiteContext site)
    {
        var model = new
        {
            Definitions = MethodologyDocument.CommonDefinitions(site.Settings),
            Groups = IndicatorCatalog.ByGroup().Select(g => new
            {
                Name = g.Key.Name,
                Items = g.Select(i => new
                {
                    i.Code,
                    i.Name,
                    i.Numerator,
                    Denominator = i.Denominator.Length > 0 ? i.Denominator : "—",
                    i.Unit,
                    Direction = MethodologyDocument.DirectionName(i.Direction),
                    Levels = MethodologyDocument.LevelNames(i.Levels),
                    Targets = AppliedTargets(site.Data, i),
                    i.Source,
                }).ToList(),
            }).ToList(),
        };
        return site.Render("methodology.html", "Методика", "methodology", model, new JsonObject(), showYear: false);
    }

    /// <summary>The targets applied per year, consecutive years with the same target and source as one range.</summary>
    private static List<object> AppliedTargets(SiteData data, IndicatorDefinition indicator)
    {
        var ranges = new List<(int From, int To, double? Value, string? Source)>();
        foreach (var year in data.Years)
        {
            var (value, source) = data.AppliedTarget(indicator, year);
            if (ranges.Count > 0 && ranges[^1].Value == value && ranges[^1].Source == source && ranges[^1].To == year - 1)
            {
                ranges[^1] = ranges[^1] with { To = year };
            }
            else
            {
                ranges.Add((year, year, value, source));
            }
        }
        return ranges.Select(r => (object)new
        {
            r.From,
            r.To,
            Text = (r.From == r.To ? $"{r.From}" : $"{r.From}–{r.To}") + ": "
                + (r.Value is { } v ? $"{RussianFormat.Value(indicator, v)} ({r.Source})" : "не установлено"),
        }).ToList();
    }
}
