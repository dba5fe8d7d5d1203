using Analytics.Etl.Generation;
using Analytics.Etl.Reading;
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
        var personal = PersonalValues(inbox);
        personal.Snils.Should().HaveCountGreaterThan(400);
        personal.Names.Should().Contain("Иванова");

        var db = folder["warehouse.duckdb"];
        var run = CliRunner.Run(folder.Path, "ingest", "--inbox", inbox, "--db", db);
        run.ExitCode.Should().BeOneOf(0, 3);

        var cells = new List<string>();
        using (var c = new Warehouse.Warehouse(db).OpenReadOnly())
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

    /// <summary>Every СНИЛС (as written), name and birth date (both date forms) of the generated inbox.</summary>
    private static (HashSet<string> Snils, HashSet<string> Names, HashSet<string> BirthDates) PersonalValues(string inbox)
    {
        var snils = new HashSet<string>();
        var names = new HashSet<string>();
        var births = new HashSet<string>();
        foreach (var path in Directory.GetFiles(inbox))
        {
            using var source = RowSources.Open(path, FileFingerprint.Compute(path));
            var header = source.Header.Select(h => h.ToLowerInvariant()).ToList();
            var snilsColumns = header.Select((h, i) => (h, i)).Where(x => x.h.Contains("snils", StringComparison.Ordinal) || x.h.Contains("снилс", StringComparison.Ordinal)).Select(x => x.i).ToList();
            var nameColumns = header.Select((h, i) => (h, i)).Where(x => x.h is "last_name" or "first_name" or "middle_name" or "фамилия" or "имя" or "отчество").Select(x => x.i).ToList();
            var birthColumn = header.FindIndex(h => h is "birth_date" or "дата рождения");
            while (source.Read())
            {
                foreach (var i in snilsColumns)
                {
                    if (source.Cell(i) is { } s)
                    {
                        snils.Add(Validation.CellParser.AsText(s));
                    }
                }
                foreach (var i in nameColumns)
                {
                    names.Add(Validation.CellParser.AsText(source.Cell(i)!));
                }
                if (birthColumn >= 0 && source.Cell(birthColumn) is { } b)
                {
                    var text = Validation.CellParser.AsText(b);
                    var date = DateOnly.ParseExact(text, ["dd.MM.yyyy", "yyyy-MM-dd"], System.Globalization.CultureInfo.InvariantCulture);
                    births.Add(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    births.Add(date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        return (snils, names, births);
    }
}
