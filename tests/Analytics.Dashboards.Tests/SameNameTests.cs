using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Analytics.Tests.Support;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// The contract keys municipalities by code and organizations by id, not by name, and names repeat: «Октябрьский
/// район» is a municipality of dozens of regions, «МАОУ СОШ № 1» may be two schools of one town. Charts took names
/// as categories, so Plotly drew two municipalities as one bar, and the picker opened the first of them only.
/// </summary>
public sealed class SameNameTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void TwoMunicipalitiesOrTwoSchoolsOfOneNameAreToldApartByTheirCodes()
    {
        using var w = new SmallWarehouse();
        w.Csv("municipalities.csv", "code,name", "71645000,Октябрьский район", "71646000,Октябрьский район", "71701000,город Тюмень")
            .Csv("organizations.csv", "org_id,name,municipality_code,type",
                "7201000001,МАОУ СОШ № 1,71645000,school", "7201000002,МАОУ СОШ № 1,71645000,school", "7201000003,МАОУ СОШ № 1,71646000,school",
                "7201000004,МАОУ СОШ № 2,71701000,school")
            .Csv("teachers_2025.csv", ["year,snils,birth_date,org_id,role,experience_years",
                .. Enumerable.Range(0, 24).Select(i => $"2025,{SmallWarehouse.Snils(200_000_000 + 1_111 * i)},01.02.1980,720100000{1 + i % 4},teacher,10")])
            .Csv("staffing_2025.csv", "org_id,date,positions,filled",
                "7201000001,01.09.2025,100,90", "7201000002,01.09.2025,100,80", "7201000003,01.09.2025,100,70", "7201000004,01.09.2025,100,60");
        w.Ingest().RowsRefused.Should().Be(0);
        var site = w.BuildSite();
        JsonNode PageData(string page) => JsonNode.Parse(Parser.ParseDocument(File.ReadAllText(Path.Combine(site, page))).GetElementById("page-data")!.TextContent)!;

        // The picker: three entries, the two of one name each with its code, each opening its own page.
        Picker.Read(site).Should().BeEquivalentTo([
            ("Октябрьский район (71645000)", "municipalities/71645000.html"),
            ("Октябрьский район (71646000)", "municipalities/71646000.html"),
            ("город Тюмень", "municipalities/71701000.html")]);

        // The ranking of staffing (85 %, 70 %, 60 %): three bars.
        var bars = PageData("indicators/staffing_rate.html")["charts"]!["ranking"]!["byYear"]!["2025"]!["data"]![0]!["y"]!.AsArray().Select(y => y!.GetValue<string>());
        bars.Should().Equal("город Тюмень", "Октябрьский район (71646000)", "Октябрьский район (71645000)");

        // The first one's page: its title, and its two schools apart in the organizations table.
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site, "municipalities", "71645000.html")));
        page.QuerySelector("h1")!.TextContent.Should().Contain("Октябрьский район (71645000)");
        page.QuerySelectorAll("div[data-year='2025'] table")[1].QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent)
            .Should().BeEquivalentTo("МАОУ СОШ № 1 (7201000001)", "МАОУ СОШ № 1 (7201000002)");

        // The pack's organizations chart of that municipality: two bars.
        using var connection = TestDefaults.MartOpener.OpenReadOnly(w.Warehouse);
        var data = SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local));
        data.OrganizationsOf("71645000").Select(o => o.Name).Should().BeEquivalentTo("МАОУ СОШ № 1 (7201000001)", "МАОУ СОШ № 1 (7201000002)");
        data.OrganizationsOf("71646000").Should().ContainSingle().Which.Name.Should().Be("МАОУ СОШ № 1", "a name alone in its municipality stays as it is");
    }
}
