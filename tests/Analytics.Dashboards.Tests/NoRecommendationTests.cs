using AngleSharp.Html.Parser;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// A municipality without recommendations was told «цели достигнуты или отставание незначимо» whatever was
/// behind it: also when none of its figures could be assessed.
/// </summary>
public sealed class NoRecommendationTests
{
    [Fact]
    public void AMunicipalityWithFewFiguresIsToldHowManyWereAssessedAndOneWithoutStaffThatNoneWas()
    {
        // Two teachers in 71701000 (every share under the minimum cell of 5; one of them a methodist, so the
        // one figure that is not a share meets its target), none in 71702000.
        using var w = new SmallWarehouse();
        w.Csv("municipalities.csv", "code,name", "71701000,город Тюмень", "71702000,город Тобольск")
            .Csv("organizations.csv", "org_id,name,municipality_code,type", "7201000001,МАОУ СОШ № 1,71701000,school", "7201000002,МАОУ СОШ № 2,71702000,school")
            .Csv("teachers_2025.csv", "year,snils,birth_date,org_id,role,experience_years",
                "2025,112-233-445 95,01.02.1980,7201000001,teacher,10", "2025,102-189-067 23,01.02.1985,7201000001,teacher,12")
            .Csv("methodists_2025.csv", "year,snils,municipality_code,role", "2025,112-233-445 95,71701000,methodist");
        w.Ingest().RowsRefused.Should().Be(0);
        var site = w.BuildSite();

        string Block(string code) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "municipalities", code + ".html")))
            .QuerySelector("div[data-year='2025']:not(.banner)")!.TextContent;

        // Of the 24 compared indicators with a recommendation rule: the two methodist figures assessed (2 teachers
        // per methodist, 500 per 1 000 — both not shares), the eleven shares of all staff hidden (2 < 5), the
        // eleven of diagnosed, routed, young or managing staff not calculated (none such).
        // The warehouse's one year: a decline two years running cannot be told (it said «ухудшения два года подряд нет»).
        Block("71701000").Should().Contain("Рекомендаций нет: по 2 из 24 сопоставимых показателей цели достигнуты или отставание незначимо, ухудшение два года подряд не оценивалось: данных за 2023 год нет; "
            + "не оценивались: скрытые (мало данных) — 11, не рассчитанные (нет данных) — 11.");
        Block("71702000").Should().Contain("Рекомендации не формировались: за 2025 год нет данных о кадрах муниципалитета").And.NotContain("цели достигнуты");
    }
}
