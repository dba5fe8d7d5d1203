using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Tests;

/// <summary>An inbox loaded into a temporary warehouse and the site built from it.</summary>
public class SiteFixture : IDisposable
{
    public SiteFixture() : this(FindSamples())
    {
    }

    protected SiteFixture(string inbox)
    {
        Folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Warehouse = Path.Combine(Folder, "warehouse.duckdb");
        using (var connection = TestDefaults.Opener.OpenReadWrite(Warehouse))
        using (var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes("site-tests")))
        {
            Run = new IngestService(connection, pseudonymizer).Run(new IngestOptions(inbox, Path.Combine(Folder, "archive")) { Keep = true });
        }
        Site = Path.Combine(Folder, "site");
        new SiteBuilder(TestDefaults.MartOpener, TestDefaults.Indicators).Build(Warehouse, Site);
        using var readOnly = TestDefaults.Opener.OpenReadOnly(Warehouse);
        Values = new IndicatorEngine(readOnly, TestDefaults.Indicators).Compute();
    }

    public string Folder { get; }

    public string Warehouse { get; }

    public string Site { get; }

    public RunSummary Run { get; }

    public List<IndicatorValue> Values { get; }

    public IEnumerable<string> Pages => Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string FindSamples() => Analytics.Tests.Support.RepositoryFiles.Samples;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition("site")]
public class SiteGroup : ICollectionFixture<SiteFixture>;
