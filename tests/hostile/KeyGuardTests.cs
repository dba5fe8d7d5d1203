using Analytics.Etl.Tests.Support;
using Analytics.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Analytics.Etl.Tests.Hostile;

/// <summary>
/// The pseudonym key is guarded: a load with a deleted (and so recreated) key file, another
/// configured key or a short key exits 1, loads nothing and says how to restore the key.
/// </summary>
public sealed class KeyGuardTests
{
    private const string KeyA = "the-first-key-of-this-warehouse-0123456789";
    private const string KeyB = "another-key-for-the-same-warehouse-0123456789";

    [Fact]
    public void ADeletedKeyFileIsNotReplacedByANewOneThatMakesEveryPersonNew()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "db", "warehouse.duckdb");
        var inbox = Inbox(folder, "2024");
        CliProcess.Run(folder.Path, null, "ingest", "--now", "--inbox", inbox, "--db", db, "--keep").Code.Should().Be(0);
        var keyFile = Path.Combine(folder.Path, "db", "pseudonym.key");
        File.Delete(keyFile);
        var next = Inbox(folder, "2025");

        var run = CliProcess.Run(folder.Path, null, "ingest", "--now", "--inbox", next, "--db", db, "--keep");

        run.Code.Should().Be(1);
        run.Error.Should().Contain("pseudonym key is not the key this warehouse was loaded with").And.Contain("Restore the key");
        File.Exists(keyFile).Should().BeFalse("the key made for the refused run must not be taken for the warehouse's key later");
        Persons(db).Should().Be(3);
    }

    [Fact]
    public void AnotherConfiguredKeyIsRefused()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "warehouse.duckdb");
        CliProcess.Run(folder.Path, Key(KeyA), "ingest", "--now", "--inbox", Inbox(folder, "2024"), "--db", db, "--keep").Code.Should().Be(0);

        var run = CliProcess.Run(folder.Path, Key(KeyB), "ingest", "--now", "--inbox", Inbox(folder, "2025"), "--db", db, "--keep");

        run.Code.Should().Be(1);
        run.Error.Should().Contain("Nothing was loaded");
        Persons(db).Should().Be(3);
        CliProcess.Run(folder.Path, Key(KeyA), "ingest", "--now", "--inbox", Inbox(folder, "2025"), "--db", db, "--keep").Code.Should().Be(0);
        Persons(db).Should().Be(3, "the same three people, recognized with the right key");
    }

    [Fact]
    public void AShortKeyIsRefused()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "warehouse.duckdb");

        var run = CliProcess.Run(folder.Path, Key("short-key"), "ingest", "--now", "--inbox", Inbox(folder, "2024"), "--db", db, "--keep");

        run.Code.Should().Be(1);
        run.Error.Should().Contain("at least 32").And.Contain("docs/privacy.md");
        File.Exists(db).Should().BeFalse();
    }

    private static Dictionary<string, string> Key(string key) => new() { ["ANALYTICS_Privacy__PseudonymKey"] = key };

    private static string Inbox(TempFolder folder, string year)
    {
        var inbox = new Support.Inbox(Path.Combine(folder.Path, "inbox-" + year)).WithReferences();
        inbox.Utf8($"teachers_{year}.csv", "year,snils,birth_date,org_id,role,experience_years",
            $"{year},112-233-445 95,12.03.1985,7201000001,teacher,10",
            $"{year},123-456-789 64,01.11.1990,7201000002,teacher,5",
            $"{year},111-111-111 45,01.01.1980,7203000001,teacher,20");
        return inbox.Folder;
    }

    private static long Persons(string db)
    {
        using var connection = TestDefaults.Opener.OpenReadOnly(db);
        return Analytics.Warehouse.DuckDbExtensions.Scalar<long>(connection, "SELECT count(*) FROM dim_person");
    }
}
