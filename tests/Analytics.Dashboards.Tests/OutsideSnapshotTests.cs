using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Analytics.Tests.Support;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// An event (a diagnostic, a course, a route, a mentoring) counts in the indicators of year Y only
/// when its person is in the staff snapshot S(Y). The data page placed each event in the
/// municipality where its person worked that year and said nothing of the others: loaded, counted in none
/// of that year's indicators, and the grid's rows did not add up to the rows loaded. A diagnostics platform
/// that writes СНИЛС its own way, or a teachers file that left a school out, went unseen.
/// </summary>
public sealed class OutsideSnapshotTests
{
    private const string A = "112-233-445 95", B = "123-456-789 64", C = "012-345-678 19";

    [Fact]
    public void EventsOfPersonsOutsideTheirYearsStaffSnapshotAreCountedInARowOfTheirOwnAndNamedInTheKindsLine()
    {
        using var w = new SmallWarehouse();
        w.WithOneSchool()
            .Csv("programs.csv", "program_id,title,kind,federal_registry", "P1,Функциональная грамотность,pk,true")
            // S(2024) = {A, B}; S(2025) = {A}.
            .Csv("teachers_2024.csv", "year,snils,birth_date,org_id,role,experience_years", $"2024,{A},12.03.1980,7201000001,teacher,20", $"2024,{B},12.03.1980,7201000001,teacher,20")
            .Csv("teachers_2025.csv", "year,snils,birth_date,org_id,role,experience_years", $"2025,{A},12.03.1980,7201000001,teacher,20")
            // 2024: A and B in S(2024), C in no snapshot; 2025: A in S(2025), B left after 2024.
            .Csv("diagnostics.csv", "snils,date,area,score",
                $"{A},2024-03-01,subject,70", $"{B},2024-03-01,subject,70", $"{C},2024-03-01,subject,70",
                $"{A},2025-03-01,subject,70", $"{B},2025-03-01,subject,40")
            // The only course of 2025 is C's: the file loaded, every row of the year outside the snapshot.
            .Csv("courses.csv", "snils,program_id,start_date,end_date,status", $"{A},P1,2024-02-01,2024-03-01,completed", $"{C},P1,2025-02-01,2025-03-01,completed");
        w.Ingest().RowsRefused.Should().Be(0);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(w.BuildSite(), "data.html")));

        // Per kind: the municipality's row, the foot row, and the latest year's share in the kind's line.
        const string Foot = "строки о людях вне кадрового среза года";
        var expected = new (string Kind, string Row, string FootRow, int Covered, string Share)[]
        {
            ("диагностика дефицитов", "город Тюмень|2|1", $"{Foot}|1|1", 1, "1 из 2 (50,0 %)"),
            ("обучение по ДПП", "город Тюмень|1|нет строк", $"{Foot}|0|1", 0, "1 из 1 (100,0 %)"),
        };
        foreach (var (kind, row, foot, covered, share) in expected)
        {
            var grid = Grid(page, kind);
            grid.Rows.Should().Equal(row, foot);
            grid.Summary.Should().StartWith($"{kind}: за 2025 год строки есть у {covered} из 1 муниципалитета; "
                + $"строк о людях вне кадрового среза 2025 года — {share}: в показатели этого года они не входят; последняя загрузка ");
        }
        // In the table's foot, where sorting and the filter of the municipalities leave it.
        page.QuerySelectorAll("details.coverage tfoot tr").Should().HaveCount(2);

        // A kind without such rows keeps its grid as it was; routes were never loaded.
        Grid(page, "кадры").Rows.Should().Equal("город Тюмень|2|1");
        Grid(page, "индивидуальные маршруты").Rows.Should().Equal("город Тюмень|файл не загружен|файл не загружен");
        Grid(page, "индивидуальные маршруты").Summary.Should().NotContain("вне кадрового среза");

        // The region's pack says it in its section on the data; 2024's has only the diagnostic of C.
        using var connection = TestDefaults.MartOpener.OpenReadOnly(w.Warehouse);
        var data = SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local));
        string Said(int year) => new Pack.PackBuilder(data, new Pack.PackSettings(MinCell: 5), TestDefaults.Indicators).Build(year).Sections
            .Single(s => s.Title == "Охват и качество данных").Blocks.OfType<Pack.PackParagraph>().Select(p => p.Text).Single(t => t.Contains("кадровом срезе", StringComparison.Ordinal));
        Said(2025).Should().Be("В показатели 2025 года не вошли события людей, которых нет в кадровом срезе этого года: "
            + "«диагностика дефицитов» — 1 из 2 (50,0 %); «обучение по ДПП» — 1 из 1 (100,0 %). Много таких строк — повод сверить СНИЛС в файлах событий и полноту файла кадров.");
        Said(2024).Should().StartWith("В показатели 2024 года не вошли события людей, которых нет в кадровом срезе этого года: «диагностика дефицитов» — 1 из 3 (33,3 %). ");
    }

    private static (string Summary, List<string> Rows) Grid(IDocument page, string kind)
    {
        var details = page.QuerySelectorAll("details.coverage").Single(d => d.QuerySelector("summary b")!.TextContent == kind);
        var rows = details.QuerySelectorAll("tbody tr, tfoot tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent)).Select(cells => string.Join("|", cells)).ToList();
        return (details.QuerySelector("summary")!.TextContent, rows);
    }
}
