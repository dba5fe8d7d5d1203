using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;
using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Tests;

/// <summary>The samples loaded once for the tests that need realistic data.</summary>
public sealed class SamplesWarehouse : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));

    public SamplesWarehouse()
    {
        Directory.CreateDirectory(_folder);
        Path_ = System.IO.Path.Combine(_folder, "warehouse.duckdb");
        using (var connection = TestDefaults.Opener.OpenReadWrite(Path_))
        using (var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes("samples")))
        {
            new IngestService(connection, pseudonymizer).Run(new IngestOptions(Samples, System.IO.Path.Combine(_folder, "archive")) { Keep = true });
        }
        using var readOnly = TestDefaults.Opener.OpenReadOnly(Path_);
        var computed = new IndicatorEngine(readOnly, TestDefaults.Indicators).ComputeAll();
        Values = computed.Values;
        Gaps = computed.Gaps;
    }

    public static string Samples => Analytics.Tests.Support.RepositoryFiles.Samples;

    public string Path_ { get; }

    public List<IndicatorValue> Values { get; }

    public List<GapRow> Gaps { get; }

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

[CollectionDefinition("samples")]
public class SamplesGroup : ICollectionFixture<SamplesWarehouse>;

[Collection("samples")]
public class SampleConsistencyTests(SamplesWarehouse samples)
{
    [Fact]
    public void ForEveryPersonBasedShareTheRegionEqualsTheSumOfMunicipalitiesAndOfOrganizations()
    {
        var checkedRows = 0;
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.PersonBased))
        {
            foreach (var region in samples.Values.Where(v => v.Indicator == indicator.Code && v.Level == "region"))
            {
                var municipalities = samples.Values.Where(v => v.Indicator == indicator.Code && v.Year == region.Year && v.Level == "municipality").ToList();
                var organizations = samples.Values.Where(v => v.Indicator == indicator.Code && v.Year == region.Year && v.Level == "organization").ToList();
                municipalities.Sum(m => m.Numerator).Should().Be(region.Numerator, $"{indicator.Code} {region.Year}");
                municipalities.Sum(m => m.Denominator).Should().Be(region.Denominator, $"{indicator.Code} {region.Year}");
                organizations.Sum(o => o.Numerator).Should().Be(region.Numerator, $"{indicator.Code} {region.Year}");
                organizations.Sum(o => o.Denominator).Should().Be(region.Denominator, $"{indicator.Code} {region.Year}");
                checkedRows++;
            }
        }
        checkedRows.Should().Be(IndicatorCatalog.All.Count(i => i.PersonBased) * 5);
        samples.Values.Should().Contain(v => v.Suppressed, "small districts make suppression matter");
        samples.Values.Where(v => v.Level == "region").Should().OnlyContain(v => !v.Suppressed);
    }

    [Fact]
    public void TheSamplesShowMunicipalitiesThatDiffer()
    {
        var gaps = samples.Gaps;
        var coverage2025 = gaps.Single(g => g.Indicator == "diag_coverage" && g.Year == 2025);
        coverage2025.N.Should().Be(26);
        coverage2025.Range.Should().BeGreaterThan(15, "leaders and laggards");
    }
}
