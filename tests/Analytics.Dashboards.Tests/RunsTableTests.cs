using AngleSharp.Html.Parser;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// The service looks at the inbox every five minutes and records every run, most of them finding
/// nothing. The data page's table of runs showed the last 30 of them: two and a half hours of
/// «0 files», and the load an analyst came to check was off the list.
/// </summary>
public sealed class RunsTableTests
{
    [Fact]
    public void TheRunsThatFoundNothingAreLeftOutOfTheTableAndTheLastOfThemIsNamedAboveIt()
    {
        using var w = new SmallWarehouse();
        w.Csv("municipalities.csv", "code,name", "71701000,город Тюмень")
            .Csv("organizations.csv", "org_id,name,municipality_code,type", "7201000001,МАОУ СОШ № 1,71701000,school", "7201000002,МАОУ СОШ № 2,71799999,school");
        w.Ingest().RowsRefused.Should().Be(1); // run 1: two files, one row refused; the inbox is emptied
        for (var i = 0; i < 35; i++)
        {
            w.Ingest().Files.Should().BeEmpty(); // runs 2..36: nothing to load
        }

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(w.BuildSite(), "data.html")));
        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent == "Запуски загрузки");
        var note = heading.NextElementSibling!;
        var table = note.NextElementSibling!;
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        // Run 1, not the 35 runs that found nothing after it.
        rows.Select(r => r[0]).Should().Equal("1");
        rows[0][5..10].Should().Equal("2", "2", "0", "0", "1");
        note.TextContent.Should().MatchRegex(@"^Запуски, не нашедшие новых файлов в папке, не показаны \(35\); последний — \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\.$");
    }

    [Fact]
    public void AFailedRunIsExplainedInRussianOnTheDataPage()
    {
        // Seen: the data page's «Ошибка или примечание» read «The inbox /srv/inbox does not exist.» — the
        // exception's English message, on a page for the department.
        using var w = new SmallWarehouse();
        w.WithOneSchool().Ingest().Error.Should().BeNull();
        Directory.Delete(w.Inbox); // a network share not mounted
        var failed = w.Ingest();
        failed.Error.Should().Be($"папка входящих файлов {w.Inbox} не найдена (не подключён сетевой диск?): файлы не загружены; загрузка пойдёт, когда папка будет доступна");

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(w.BuildSite(), "data.html")));
        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent == "Запуски загрузки");
        var table = page.QuerySelectorAll("table").First(t => heading.CompareDocumentPosition(t).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var row = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).First();
        row[0].Should().Be("2");
        row[4].Should().Be("ошибка");
        row[^1].Should().Be(failed.Error);
    }

    [Fact]
    public void AnEngineFailureIsToldInRussianWithTheEnginesWordsForTheAdministratorOnOneLine()
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM no_such_table;";
        var e = Assert.ThrowsAny<DuckDB.NET.Data.DuckDBException>(() => command.ExecuteNonQuery());
        var text = Analytics.Etl.Loading.RunFailure.Describe(e);
        text.Should().StartWith("сбой хранилища (DuckDB): данные файла, загружавшегося в этот момент, не записаны; подробности для администратора: ")
            .And.Contain("no_such_table").And.NotContain("\n");
    }
}
