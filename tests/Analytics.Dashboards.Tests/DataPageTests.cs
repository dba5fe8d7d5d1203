using AngleSharp.Html.Parser;

namespace Analytics.Dashboards.Tests;

/// <summary>The data page as an analyst reads it.</summary>
[Collection("site")]
public class DataPageTests(SiteFixture site)
{
    [Fact]
    public void TheLoadsAreListedInTheContractsOrderOfKinds()
    {
        // Seen: «обучение по ДПП, диагностика дефицитов, мероприятия, наставничество, …, кадры» — the kinds' English
        // names in alphabetical order, which a Russian reader sees as none. The contract's processing order puts the
        // references first and the events after the staff (data-contract.md, «Processing order within one run»).
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "data.html")));
        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent == "Загрузки по видам данных");
        var table = heading.ParentElement!.QuerySelectorAll("table").First(t => t.QuerySelector("th")?.TextContent.StartsWith("Вид данных", StringComparison.Ordinal) == true);
        table.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent.Trim()).Should().Equal(
            "муниципалитеты", "организации", "программы ДПП", "целевые значения", "кадры", "методический актив", "штатное расписание",
            "диагностика дефицитов", "обучение по ДПП", "индивидуальные маршруты", "наставничество", "мероприятия");
    }
}
