using AngleSharp.Html.Parser;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// A file that loads with something to check (a header field that looks like a column the file lacks, a
/// year in its name that none of its rows has) was told only on the console and in the service's log,
/// which nobody reads when the service loads the files at night. The data page lists such files.
/// </summary>
public sealed class FileNotesTests
{
    [Fact]
    public void TheDataPageListsTheLoadedFilesWithNotesAndTheirNotes()
    {
        using var w = new SmallWarehouse();
        w.WithOneSchool()
            .Csv("programs.csv", "program_id,title,kind,federal_registry,Дефициты (список)", "P1,Функциональная грамотность,pk,true,subject")
            .Csv("teachers_2025.csv", "year,snils,birth_date,org_id,role,experience_years", "2024,112-233-445 95,12.03.1980,7201000001,teacher,20");
        w.Ingest().FilesLoaded.Should().Be(4);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(w.BuildSite(), "data.html")));

        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent == "Замечания к загруженным файлам");
        var table = heading.NextElementSibling!.NextElementSibling!;
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        // Newest first: the teachers file loads after the programs file.
        rows.Select(r => (r[0], r[1], r[3])).Should().Equal(
            ("teachers_2025.csv", "кадры", "в имени файла — 2025 год, а строк 2025 года в нём нет (строк 2024 года: 1): если выгружен не тот год, загрузите верный файл — строки этого файла заменили прежние строки 2024 года"),
            ("programs.csv", "программы ДПП", "столбец 5 заголовка начинается с «дефициты», но назван длиннее и не прочитан — если это «areas», оставьте в имени только «дефициты»"));
        rows.Should().AllSatisfy(r => r[2].Should().MatchRegex(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$"));
    }

    [Fact]
    public void WithoutNotesTheDataPageHasNoSectionForThem()
    {
        using var w = new SmallWarehouse();
        w.Csv("municipalities.csv", "code,name", "71701000,город Тюмень");
        w.Ingest();

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(w.BuildSite(), "data.html")));

        page.QuerySelectorAll("h2").Select(h => h.TextContent).Should().NotContain("Замечания к загруженным файлам");
    }
}
