using System.Text.Json.Nodes;
using Analytics.Dashboards.Cycle;

namespace Analytics.Dashboards.Pages;

/// <summary>effectiveness.html: the year's recommendations, the analysis of effectiveness of the previous year's, the draft decision.</summary>
public static class EffectivenessPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SiteContext site) =>
        site.Render("effectiveness.html", "Рекомендации и эффективность", "effectiveness",
            new { Years = site.Data.Years.Select(y => CycleView.For(site.Data, y)).ToList() }, []);
}
