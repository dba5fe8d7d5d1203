using Analytics.Contract;
using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Support;

namespace Analytics.Etl.Tests;

/// <summary>The load is generated from the contract's declaration: change the declaration, and what loads changes, with no SQL edited.</summary>
public class DeclarationTests
{
    private const string Header = "year,snils,birth_date,org_id,категория сотрудника,experience_years,email";

    [Fact]
    public void ANarrowerRangeANewAliasAndANewOptionalColumnChangeWhatLoadsAndWhatIsRefused()
    {
        var teachers = DataContract.Teachers with
        {
            Columns =
            [
                .. DataContract.Teachers.Columns.Select(c => c.Name switch
                {
                    "experience_years" => c with { Max = 40 },
                    "role" => c with { Aliases = [.. c.Aliases, "категория сотрудника"] },
                    _ => c,
                }),
                new ColumnSpec("email", ["электронная почта"], ValueKind.Code, Required: false, Target: "email")
                {
                    Codes = new Dictionary<string, string> { ["нет"] = "none", ["есть"] = "given" },
                },
            ],
        };
        string[] lines =
        [
            Header,
            "2024,112-233-445 95,12.03.1990,7201000001,педагог,10,есть",
            "2024,123-456-789 64,01.11.1975,7201000001,руководитель,45,нет",
            "2024,012-345-678 19,31.01.2000,7203000001,педагог,1,может быть",
        ];

        using var declared = new TestWarehouse();
        declared.Inbox.WithReferences();
        declared.Inbox.Utf8("teachers_2024.csv", lines);
        using var contract = new TestWarehouse();
        contract.Inbox.WithReferences();
        contract.Inbox.Utf8("teachers_2024.csv", lines);

        var changed = declared.Ingest(kinds: [.. DataContract.Kinds.Select(k => k.Name == "teachers" ? teachers : k)]).Files.Single(f => f.FileName == "teachers_2024.csv");
        var original = contract.Ingest().Files.Single(f => f.FileName == "teachers_2024.csv");

        // The alias «категория сотрудника» is unknown to the contract: the required role column is missing.
        original.Status.Should().Be(FileStatus.Refused);
        original.Reason.Should().StartWith("нет обязательного столбца «role»");
        // With the declaration changed, the file loads; 45 years is over the narrower range, «может быть» is no code of the new column.
        changed.Status.Should().Be(FileStatus.Loaded);
        changed.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal(
            (3L, "experience_years", "значение вне диапазона 0..40"),
            (4L, "email", "недопустимое значение; допустимо: none, given"));
        declared.Rows("SELECT experience_years FROM fact_staff").Should().Equal("10");
    }
}
