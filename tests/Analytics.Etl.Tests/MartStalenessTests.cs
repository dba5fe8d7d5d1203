using System.Globalization;
using Analytics.Etl.Tests.Support;
using Analytics.Generator;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;

namespace Analytics.Etl.Tests;

/// <summary>The indicator marts never disagree with the facts: a load commits with a stale mark, and a reader refreshes first.</summary>
public class MartStalenessTests
{
    [Fact]
    public void AKillBetweenALoadAndTheRefreshLeavesTheMartsStaleAndTheNextReadRefreshesThem()
    {
        using var warehouse = new TestWarehouse();
        new InboxGenerator(new GeneratorOptions(warehouse.Inbox.Folder, Teachers: 300, FirstYear: 2023, LastYear: 2024, Seed: 11) { CsvOnly = true, InjectErrors = false }).Generate();
        var later = warehouse.Folder["later/x"][..^2];
        Directory.CreateDirectory(later);
        foreach (var file in Directory.GetFiles(warehouse.Inbox.Folder, "diagnostics_2024*"))
        {
            File.Move(file, Path.Combine(later, Path.GetFileName(file)));
        }

        var first = TestWarehouse.Cli(warehouse.Folder.Path, "ingest", "--now", "--inbox", warehouse.Inbox.Folder, "--db", warehouse.Path, "--keep");
        first.Code.Should().Be(0, first.Error);
        first.Output.Should().Contain("Indicator marts refreshed");
        warehouse.Rows("SELECT stale FROM mart_state").Should().Equal("False");
        var coverageBefore = warehouse.Rows("SELECT value FROM mart_indicator WHERE indicator = 'diag_coverage' AND year = 2024 AND level = 'region'");

        // The state a kill leaves after the load of the 2024 diagnostics commits and before the
        // runner's refresh: IngestService loads and commits; the refresh is the runner's next step.
        warehouse.Ingest(later).FilesLoaded.Should().Be(1);
        warehouse.Rows("SELECT stale FROM mart_state").Should().Equal("True");
        warehouse.Rows("SELECT value FROM mart_indicator WHERE indicator = 'diag_coverage' AND year = 2024 AND level = 'region'")
            .Should().Equal(coverageBefore, "the marts still hold the figures from before the load");

        List<IndicatorValue> fresh;
        using (var connection = warehouse.OpenReadOnly())
        {
            fresh = new IndicatorEngine(connection, Analytics.Tests.Support.TestDefaults.Indicators).Compute();
        }
        fresh.Single(v => v.Indicator == "diag_coverage" && v.Year == 2024 && v.Level == IndicatorValue.Region).Value.Should()
            .BeGreaterThan(double.Parse(coverageBefore.Single(), CultureInfo.InvariantCulture), "the new diagnostics raise the coverage");

        var read = TestWarehouse.Cli(warehouse.Folder.Path, "indicators", "--db", warehouse.Path, "--include-suppressed");
        read.Code.Should().Be(0, read.Error);
        read.Error.Should().Contain("stale and have been refreshed");
        var lines = read.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        lines.Should().HaveCount(fresh.Count);
        foreach (var (line, value) in lines.Zip(fresh))
        {
            var f = line.Split(',');
            (f[0], f[1], f[2], f[3]).Should().Be((value.Indicator, value.Year.ToString(CultureInfo.InvariantCulture), value.Level, value.EntityCode));
            if (value.Value is { } v)
            {
                double.Parse(f[7], CultureInfo.InvariantCulture).Should().BeApproximately(v, 1e-8, line);
            }
            else
            {
                f[7].Should().BeEmpty();
            }
        }
        warehouse.Rows("SELECT stale FROM mart_state").Should().Equal("False");
    }
}
