using Analytics.Generator;
using Analytics.Etl.Tests.Support;

namespace Analytics.Etl.Tests;

/// <summary>Names, СНИЛС and birth dates never reach the warehouse or the console.</summary>
public class PrivacyTests
{
    [Fact]
    public void NoTableOfTheWarehouseNorTheConsoleHoldsANameASnilsOrABirthDateOfTheInput()
    {
        using var folder = new TempFolder();
        var inbox = folder["inbox/x"][..^2];
        new InboxGenerator(new GeneratorOptions(inbox, Teachers: 400, FirstYear: 2023, LastYear: 2024, Seed: 7)).Generate();
        var personal = Analytics.Tests.Support.PersonalValues.Of(inbox);
        personal.Snils.Should().HaveCountGreaterThan(400);
        personal.Names.Should().Contain("Иванова");

        var db = folder["warehouse.duckdb"];
        var run = TestWarehouse.Cli(folder.Path, "ingest", "--now", "--inbox", inbox, "--db", db);
        run.Code.Should().BeOneOf(0, 3);

        var cells = new List<string>();
        using (var c = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(db))
        {
            var dump = TestWarehouse.DumpTables(c);
            dump.Should().ContainKey("main.audit_refusal");
            cells.AddRange(dump.Values.SelectMany(rows => rows).SelectMany(row => row.Split('|')));
        }
        cells.Should().HaveCountGreaterThan(10_000);

        // The star schema exported as Parquet for the owner's own engine: pseudonyms only, owner-only, with a warning.
        var lake = folder["star/x"][..^2];
        var export = TestWarehouse.Cli(folder.Path, "export", "--format", "parquet", "--what", "star", "--db", db, "--out", lake);
        export.Code.Should().Be(0, export.Error);
        export.Error.Should().Contain("singled out");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(lake).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var exported = StarCells(lake, out var persons);
        exported.Should().HaveCountGreaterThan(10_000);
        using (var c = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(db))
        {
            persons.Should().BeEquivalentTo(Analytics.Warehouse.DuckDbExtensions.Query(c, "SELECT person_key::VARCHAR FROM dim_person", r => r.GetString(0)),
                "the person keys of the export are the warehouse's pseudonyms");
        }
        cells.AddRange(exported);
        var console = run.Output + run.Error + export.Output + export.Error;

        foreach (var snils in personal.Snils)
        {
            var digits = snils.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            cells.Should().NotContain(cell => cell.Contains(digits, StringComparison.Ordinal) || cell.Contains(snils, StringComparison.Ordinal), snils);
            console.Should().NotContain(digits).And.NotContain(snils);
        }
        cells.Should().NotIntersectWith(personal.Names);
        foreach (var name in personal.Names)
        {
            console.Should().NotContain(name);
        }
        foreach (var birth in personal.BirthDates)
        {
            cells.Should().NotContain(cell => cell.Contains(birth, StringComparison.Ordinal));
        }
    }

    /// <summary>Every cell of every table of a Parquet export, read with DuckDB's own reader, and the person keys of dim_person.</summary>
    private static List<string> StarCells(string lake, out List<string> persons)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var table in Directory.GetDirectories(lake))
        {
            Analytics.Warehouse.DuckDbExtensions.Execute(connection,
                $"CREATE TABLE {Path.GetFileName(table)} AS SELECT * FROM read_parquet('{table}/**/*.parquet', hive_partitioning = true)");
        }
        persons = Analytics.Warehouse.DuckDbExtensions.Query(connection, "SELECT person_key::VARCHAR FROM dim_person", r => r.GetString(0));
        return TestWarehouse.DumpTables(connection).Values.SelectMany(rows => rows).SelectMany(row => row.Split('|')).ToList();
    }
}
