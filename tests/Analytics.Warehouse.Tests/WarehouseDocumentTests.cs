using System.Globalization;
using Analytics.Tests.Support;
using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Tests;

/// <summary>docs/warehouse.md is what the warehouse says about itself, and its example queries run.</summary>
[Collection("samples")]
public class WarehouseDocumentTests(SamplesWarehouse samples)
{
    [Fact]
    public void TheDocumentIsGeneratedFromTheWarehousesComments()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "warehouse.md");
        File.ReadAllText(path).Should().Be(WarehouseDocument.Markdown(), "run `./analytics schema --out docs/warehouse.md` after changing the schema or its comments");
        WarehouseDocument.Markdown().Should().Contain("## `mart_indicator`").And.Contain("| `suppressed` | BOOLEAN | Скрыто");
    }

    [Fact]
    public void TheExampleQueriesRunOnTheSamplesAndGiveTheMartsFigures()
    {
        var examples = WarehouseDocument.Examples();
        examples.Should().HaveCount(3);
        using (TestDefaults.MartOpener.OpenReadOnly(samples.Path_))
        {
            // The marts are current from here on.
        }
        using var connection = TestDefaults.Opener.OpenReadOnly(samples.Path_);

        var latest = samples.Values.Max(v => v.Year);
        var published = samples.Values.Where(v => v.Indicator == "diag_coverage" && v.Year == latest && v.Level == IndicatorValue.Municipality && !v.Suppressed && v.Value != null)
            .OrderByDescending(v => v.Value).ToList();
        var ranking = connection.Query(examples[0].Sql, r => (Name: r.GetString(0), Value: r.GetDouble(1), Rank: r.GetInt32(4), Of: r.GetInt32(5)));
        ranking.Should().HaveCount(published.Count);
        ranking[0].Name.Should().Be(published[0].EntityName);
        ranking[0].Value.Should().Be(Math.Round(published[0].Value!.Value, 1, MidpointRounding.AwayFromZero));
        ranking.Should().OnlyContain(r => r.Of == published.Count);

        var dynamics = connection.Query(examples[1].Sql, r => Enumerable.Range(0, r.FieldCount).ToDictionary(r.GetName, r.GetValue));
        dynamics.Should().HaveCount(IndicatorCatalog.All.Count);
        var first = samples.Values.Single(v => v.Indicator == IndicatorCatalog.All[0].Code && v.Year == latest && v.Level == IndicatorValue.Region);
        Convert.ToDouble(dynamics[0][latest.ToString(CultureInfo.InvariantCulture)], CultureInfo.InvariantCulture)
            .Should().Be(Math.Round(first.Value!.Value, 1, MidpointRounding.AwayFromZero));

        var courses = connection.Query(examples[2].Sql, r => r.GetInt64(3));
        courses.Sum().Should().Be(connection.Scalar<long>("SELECT count(*) FROM fact_course WHERE status = 'completed'")).And.BeGreaterThan(0);
    }
}
