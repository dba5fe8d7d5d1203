using System.Text.Json.Nodes;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>index.html: a card per indicator at the region level, grouped, and the gap map.</summary>
public static class SummaryPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SiteContext site)
    {
        var data = site.Data;
        var charts = new JsonObject
        {
            ["gapmap"] = site.ByYear(y => GapMap.For(data, y)),
            ["composite"] = site.ByYear(y => CompositeChart.For(data, y)),
        };
        var groups = IndicatorCatalog.ByGroup().Select(g => new
        {
            Name = g.Key.Name,
            Cards = g.Select(i =>
            {
                charts["spark-" + i.Code] = SiteContext.OneFigure(Sparkline.For(data, i));
                return new
                {
                    i.Code,
                    i.Name,
                    i.ShortName,
                    Years = data.Years.Select(y =>
                    {
                        var v = data.Region(i.Code, y);
                        var previous = data.Region(i.Code, y - 1)?.Value;
                        var (status, css) = SiteContext.Status(v?.MeetsTarget);
                        return new
                        {
                            i.Code,
                            i.Name,
                            Year = y,
                            RawValue = SiteContext.Raw(v?.Value),
                            Value = RussianFormat.Value(i, v?.Value),
                            Target = v?.Target is { } t ? RussianFormat.Value(i, t) : "не установлена",
                            Status = status,
                            StatusClass = css,
                            PreviousYear = y - 1,
                            Change = v?.Value is { } now && previous is { } before ? RussianFormat.Change(i, now - before) : "нет данных",
                        };
                    }).ToList(),
                };
            }).ToList(),
        }).ToList();
        return site.Render("index.html", "Сводка", "index", new { Groups = groups }, charts);
    }
}
