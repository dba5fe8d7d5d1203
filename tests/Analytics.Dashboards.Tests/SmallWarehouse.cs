using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;

namespace Analytics.Dashboards.Tests;

/// <summary>A temporary warehouse loaded from a few CSV lines written by a test, and the site built from it.</summary>
public sealed class SmallWarehouse : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));

    public SmallWarehouse() => Directory.CreateDirectory(Inbox);

    /// <summary>The inbox the files are written to.</summary>
    public string Inbox => Path.Combine(_folder, "inbox");

    /// <summary>The warehouse file.</summary>
    public string Warehouse => Path.Combine(_folder, "warehouse.duckdb");

    /// <summary>The site folder (after <see cref="BuildSite"/>).</summary>
    public string Site => Path.Combine(_folder, "site");

    /// <summary>Writes a UTF-8 CSV file of these lines into the inbox.</summary>
    public SmallWarehouse Csv(string name, params string[] lines)
    {
        File.WriteAllText(Path.Combine(Inbox, name), string.Join("\n", lines) + "\n");
        return this;
    }

    /// <summary>A valid СНИЛС (written «123-456-789 01») from its first nine digits: the contract's checksum.</summary>
    public static string Snils(int number)
    {
        var digits = number.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = digits.Select((d, i) => (d - '0') * (9 - i)).Sum();
        var check = sum < 100 ? sum : sum % 101 % 100;
        return $"{digits[..3]}-{digits[3..6]}-{digits[6..]} {check:D2}";
    }

    /// <summary>The reference files of one municipality (город Тюмень, 71701000) with one school (7201000001).</summary>
    public SmallWarehouse WithOneSchool() =>
        Csv("municipalities.csv", "code,name", "71701000,город Тюмень")
            .Csv("organizations.csv", "org_id,name,municipality_code,type", "7201000001,МАОУ СОШ № 1,71701000,school");

    /// <summary>One ingest run of the inbox (its files archived, the inbox left empty), as the service makes it.</summary>
    public RunSummary Ingest()
    {
        using var connection = TestDefaults.Opener.OpenReadWrite(Warehouse);
        using var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes("small-warehouse"));
        return new IngestService(connection, pseudonymizer).Run(new IngestOptions(Inbox, Path.Combine(_folder, "archive")));
    }

    /// <summary>Builds the site (its marts refreshed first) and returns its folder.</summary>
    public string BuildSite()
    {
        new SiteBuilder(TestDefaults.MartOpener, TestDefaults.Indicators).Build(Warehouse, Site);
        return Site;
    }

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
}
