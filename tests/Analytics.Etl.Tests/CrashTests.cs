using System.Text;
using Analytics.Etl.Privacy;
using Analytics.Etl.Tests.Support;
using Analytics.Tests.Support;

namespace Analytics.Etl.Tests;

/// <summary>A killed ingest leaves the warehouse as it was; the next run loads the file whole.</summary>
public class CrashTests
{
    private const int Rows = 600_000;

    [Fact]
    public void KillingTheIngestInTheMiddleOfALargeFileLeavesTheWarehouseUnchangedAndTheNextRunLoadsItFully()
    {
        using var folder = new TempFolder();
        var db = folder["warehouse.duckdb"];
        var references = new Inbox(folder["references/x"][..^2]).WithReferences();
        TestWarehouse.Cli(folder.Path, "ingest", "--now", "--inbox", references.Folder, "--db", db).Code.Should().Be(0);
        var before = Dump(db);

        var big = folder["big/teachers_2024.csv"];
        WriteLargeTeachersFile(big);
        using (var process = CliProcess.Start(folder.Path, TestWarehouse.Environment, "ingest", "--now", "--inbox", Path.GetDirectoryName(big)!, "--db", db))
        {
            _ = process.StandardOutput.ReadToEndAsync();
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null && !line.Contains("rows read", StringComparison.Ordinal))
            {
            }
            line.Should().NotBeNull("the ingest reports progress inside the file before it ends");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        // The write-ahead log DuckDB created for the killed run holds warehouse data: owner-only, like the warehouse.
        File.Exists(db + ".wal").Should().BeTrue("the killed run's start is in the log (this test looks at its mode)");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(db + ".wal").Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var afterKill = Dump(db);
        afterKill.Should().BeEquivalentTo(before, "nothing of the killed file is committed");
        using (var c = TestDefaults.Opener.OpenReadOnly(db))
        {
            Analytics.Warehouse.DuckDbExtensions.Scalar<string>(c, "SELECT outcome FROM audit_run ORDER BY run_id DESC LIMIT 1")
                .Should().Be("running", "the killed run never finished and the log shows it");
        }

        var rerun = TestWarehouse.Cli(folder.Path, "ingest", "--now", "--inbox", Path.GetDirectoryName(big)!, "--db", db);
        rerun.Code.Should().Be(0, rerun.Error);
        using var connection = TestDefaults.Opener.OpenReadOnly(db);
        Analytics.Warehouse.DuckDbExtensions.Scalar<long>(connection, "SELECT count(*) FROM fact_staff").Should().Be(Rows);
    }

    private static Dictionary<string, List<string>> Dump(string db)
    {
        using var c = TestDefaults.Opener.OpenReadOnly(db);
        return TestWarehouse.DumpTables(c, "main.audit_run");
    }

    private static void WriteLargeTeachersFile(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("year,snils,birth_date,org_id,role,experience_years");
        for (var i = 0; i < Rows; i++)
        {
            writer.Write("2024,");
            writer.Write(Analytics.Generator.SnilsNumbers.FromNumber(200_000_000 + i));
            writer.WriteLine(i % 2 == 0 ? ",1980-05-01,7201000001,teacher,12" : ",1995-01-20,7203000001,teacher,2");
        }
    }
}
