using System.Text;
using AngleSharp.Html.Parser;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// The service looks at the inbox every five minutes and records every run, most of them finding
/// nothing. The data page's table of runs showed the last 30 of them: two and a half hours of
/// «0 files», and the load an analyst came to check was off the list.
/// </summary>
public sealed class RunsTableTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void TheRunsThatFoundNothingAreLeftOutOfTheTableAndTheLastOfThemIsNamedAboveIt()
    {
        var inbox = Path.Combine(_folder, "inbox");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "municipalities.csv"), "code,name\n71701000,город Тюмень\n");
        File.WriteAllText(Path.Combine(inbox, "organizations.csv"), "org_id,name,municipality_code,type\n7201000001,МАОУ СОШ № 1,71701000,school\n7201000002,МАОУ СОШ № 2,71799999,school\n");
        var warehouse = Path.Combine(_folder, "warehouse.duckdb");
        using (var connection = TestDefaults.Opener.OpenReadWrite(warehouse))
        using (var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes("runs-table-tests")))
        {
            var service = new IngestService(connection, pseudonymizer);
            var options = new IngestOptions(inbox, Path.Combine(_folder, "archive"));
            service.Run(options).RowsRefused.Should().Be(1); // run 1: two files, one row refused; the inbox is emptied
            for (var i = 0; i < 35; i++)
            {
                service.Run(options).Files.Should().BeEmpty(); // runs 2..36: nothing to load
            }
        }
        var site = Path.Combine(_folder, "site");
        new SiteBuilder(TestDefaults.MartOpener, TestDefaults.Indicators).Build(warehouse, site);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "data.html")));
        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent == "Запуски загрузки");
        var note = heading.NextElementSibling!;
        var table = note.NextElementSibling!;
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        // Run 1, not the 35 runs that found nothing after it.
        rows.Select(r => r[0]).Should().Equal("1");
        rows[0][5..10].Should().Equal("2", "2", "0", "0", "1");
        note.TextContent.Should().MatchRegex(@"^Запуски, не нашедшие новых файлов в папке, не показаны \(35\); последний — \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\.$");
    }
}
