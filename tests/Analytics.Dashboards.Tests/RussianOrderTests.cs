using AngleSharp.Html.Parser;
using Analytics.Tests.Support;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// Names are listed as a Russian reader looks them up: alphabetically, whatever their first letter's case, «ё» with «е».
/// The lists were in code-point order, so every urban okrug «город …» (a lower-case «г») came after «Ярковский …» and
/// «МАОУ» after «Школа»; «Школа № 16» came before «Школа № 3» — the picker a department opens every day read as unsorted.
/// </summary>
[Collection("site")]
public sealed class RussianOrderTests(SiteFixture samples)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void MunicipalitiesAndOrganizationsAreListedAlphabeticallyWhateverTheCase()
    {
        using var w = new SmallWarehouse();
        w.Csv("municipalities.csv", "code,name",
                "71701000,город Тюмень", "71640000,Ярковский муниципальный округ", "71601000,Абатский муниципальный округ",
                "71630000,Ёлкинский район", "71620000,Ершовский район", "71710000,город Ишим")
            .Csv("organizations.csv", "org_id,name,municipality_code,type",
                "7201000001,Школа № 3,71701000,school", "7201000002,гимназия № 16,71701000,school", "7201000003,МАОУ СОШ № 1,71701000,school",
                "7201000004,Абатская СОШ,71601000,school", "7201000005,Школа № 16,71701000,school")
            .Csv("teachers_2025.csv", ["year,snils,birth_date,org_id,role,experience_years",
                .. Enumerable.Range(0, 8).Select(i => $"2025,{SmallWarehouse.Snils(200_000_000 + 1_111 * i)},01.02.1980,720100000{1 + i % 4},teacher,10")]);
        w.Ingest().RowsRefused.Should().Be(0);
        var site = w.BuildSite();

        string[] alphabetical = ["Абатский муниципальный округ", "город Ишим", "город Тюмень", "Ёлкинский район", "Ершовский район", "Ярковский муниципальный округ"];
        Picker.Read(site).Select(m => m.Name).Should().Equal(alphabetical);

        using var connection = TestDefaults.MartOpener.OpenReadOnly(w.Warehouse);
        var data = SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local));
        data.Municipalities.Select(m => m.Name).Should().Equal(alphabetical);
        data.OrganizationsOf("71701000").Select(o => o.Name).Should().Equal("гимназия № 16", "МАОУ СОШ № 1", "Школа № 3", "Школа № 16");

        // The data page's list of municipalities follows the same order.
        var dataPage = Parser.ParseDocument(File.ReadAllText(Path.Combine(site, "data.html")));
        var listed = dataPage.QuerySelectorAll("table tbody tr td:first-child").Select(c => c.TextContent.Trim())
            .Where(alphabetical.Contains).Distinct().ToList();
        listed.Should().Equal(alphabetical);
    }

    [Fact]
    public void MunicipalitiesThatShareAPlaceAreListedByName()
    {
        // Seen on the samples' 2021 page of teachers per methodist: the fifteen municipalities without a methodist, all
        // «место 12 из 26», were drawn in the order of their codes (okrugs 716…, then «город …» 717…); the pack named ties the same way.
        using var connection = TestDefaults.MartOpener.OpenReadOnly(samples.Warehouse);
        var data = SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local));
        var standings = data.StandingsOf("teachers_per_methodist", 2021).ToList();
        standings.GroupBy(s => s.Rank).Should().Contain(g => g.Count() > 2, "the samples' 2021 has municipalities without a methodist");
        var expected = standings.OrderBy(s => s.Rank).ThenBy(s => data.NameOf(s.Municipality), RussianOrder.Names).Select(s => data.NameOf(s.Municipality)).ToList();

        var chart = Analytics.Dashboards.Charts.RankingChart.For(data, Analytics.Warehouse.Indicators.IndicatorCatalog.Find("teachers_per_methodist")!, 2021);
        chart["data"]![0]!["y"]!.AsArray().Select(y => y!.GetValue<string>()).Reverse().Should().Equal(expected, "bars top down by place, then by name");

        var (leaders, laggards) = Findings.LeadersAndLaggards(data, Analytics.Warehouse.Indicators.IndicatorCatalog.Find("teachers_per_methodist")!, 2021);
        leaders.Select(s => data.NameOf(s.Municipality)).Should().Equal(expected.Take(3));
        var worst = standings.Max(s => s.Rank);
        var lastPlace = standings.Where(s => s.Rank == worst).Select(s => data.NameOf(s.Municipality)).Order(RussianOrder.Names).ToList();
        laggards.Select(s => data.NameOf(s.Municipality)).Should().Equal(lastPlace.Take(Math.Min(3, laggards.Count)));
    }
}
