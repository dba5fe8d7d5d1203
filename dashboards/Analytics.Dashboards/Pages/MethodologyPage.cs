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
                    Target = MethodologyDocument.TargetText(i),
                    i.Source,
                }).ToList(),
            }).ToList(),
        };
        return site.Render("methodology.html", "Методика", "methodology", model, new JsonObject(), showYear: false);
    }
}
