using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;

namespace Analytics.Warehouse.Tests;

public class RefusalReasonTests
{
    [Fact]
    public void TheDataPageGroupsRefusalsByTheReasonBeforeItsColonSoDuplicateKeysOfDifferentLinesAreOneRow()
    {
        var folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        File.WriteAllLines(Path.Combine(inbox, "municipalities.csv"),
            ["code,name", "71701000,город Тюмень", "71701000,город Тюмень", "71603000,Армизонский", "71603000,Армизонский"]);
        try
        {
            var db = Path.Combine(folder, "warehouse.duckdb");
            using (var connection = TestDefaults.Opener.OpenReadWrite(db))
            using (var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes("k")))
            {
                var run = new IngestService(connection, pseudonymizer).Run(new IngestOptions(inbox, Path.Combine(folder, "archive")) { Keep = true });
                run.Files.Single().Refusals.Select(r => r.Reason).Should().Equal(
                    "повтор ключа (code) в файле: действует строка 3", "повтор ключа (code) в файле: действует строка 5");
            }
            using var readOnly = TestDefaults.Opener.OpenReadOnly(db);
            readOnly.Query(SqlScripts.Get("Sql/Site/refusal_reasons.sql"), r => $"{r.GetString(2)}|{r.GetInt64(3)}")
                .Should().Equal("повтор ключа (code) в файле|2");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
