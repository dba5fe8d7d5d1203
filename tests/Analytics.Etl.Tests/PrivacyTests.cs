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
        var run = TestWarehouse.Cli(folder.Path, "ingest", "--inbox", inbox, "--db", db);
        run.Code.Should().BeOneOf(0, 3);

        var cells = new List<string>();
        using (var c = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(db))
        {
            var dump = TestWarehouse.DumpTables(c);
            dump.Should().ContainKey("main.audit_refusal");
            cells.AddRange(dump.Values.SelectMany(rows => rows).SelectMany(row => row.Split('|')));
        }
        cells.Should().HaveCountGreaterThan(10_000);
        var console = run.Output + run.Error;

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
}
