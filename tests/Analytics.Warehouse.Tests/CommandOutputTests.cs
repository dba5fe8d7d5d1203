using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Analytics.Warehouse.Tests;

[Collection("samples")]
public class CommandOutputTests(SamplesWarehouse samples)
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var r = Analytics.Tests.Support.CliProcess.Run(null, null, args);
        return (r.Code, r.Output, r.Error);
    }

    [Fact]
    public void IndicatorsAndGapsPrintTheExactHeadersOfTheMethodology()
    {
        var indicators = Run("indicators", "--db", samples.Path_);
        indicators.Code.Should().Be(0, indicators.Error);
        var lines = indicators.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("indicator,year,level,entity_code,entity_name,numerator,denominator,value,target,meets_target,suppressed");
        lines.Length.Should().Be(samples.Values.Count + 1);
        lines.Should().Contain(l => l.StartsWith("diag_coverage,2025,region,region,,", StringComparison.Ordinal));

        var gaps = Run("gaps", "--db", samples.Path_, "--year", "2024");
        gaps.Code.Should().Be(0, gaps.Error);
        var gapLines = gaps.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        gapLines[0].Should().Be("indicator,year,n,min,max,range,ratio,mean,sd,cv,region_value,meeting_target");
        gapLines.Skip(1).Should().OnlyContain(l => l.Split(',')[1] == "2024");
    }

    [Fact]
    public void AYearWithoutValuesGivesTheHeaderAloneAndAWarningNamingTheYearsWithData()
    {
        // `indicators --year 2052` (a typo for 2025) wrote a header and nothing else, without a word.
        var years = string.Join(", ", samples.Values.Select(v => v.Year).Distinct().Order());
        var indicators = Run("indicators", "--db", samples.Path_, "--year", "2052");
        var gaps = Run("gaps", "--db", samples.Path_, "--year", "2052", "--format", "json");
        var known = Run("indicators", "--db", samples.Path_, "--year", "2025", "--level", "region");

        // (A first command after the fixture may say that it refreshed the marts: not a warning.)
        static string[] Warnings(string error) => error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("warning", StringComparison.Ordinal)).ToArray();
        indicators.Code.Should().Be(0);
        indicators.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        Warnings(indicators.Error).Should().Equal($"warning: the warehouse has no indicator values for 2052: years with data are {years}");
        gaps.Code.Should().Be(0);
        gaps.Output.Trim().Should().Be("[]");
        Warnings(gaps.Error).Should().Equal(Warnings(indicators.Error));
        Warnings(known.Error).Should().BeEmpty();
        years.Should().Be("2021, 2022, 2023, 2024, 2025");
    }

    [Fact]
    public void AnOutFileInAMissingFolderOrThatIsAFolderIsBadUsageBeforeAnyWork()
    {
        // Seen: «error: Could not find a part of the path '/…/missing/x.csv.tmp'.» (exit 1), after the whole read.
        var folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var missing = Path.Combine(folder, "missing", "x.csv");

        var inMissing = Run("indicators", "--db", samples.Path_, "--out", missing);
        var isFolder = Run("gaps", "--db", samples.Path_, "--out", folder);
        var recommendations = Run("recommendations", "--db", samples.Path_, "--out", missing);

        inMissing.Code.Should().Be(2);
        inMissing.Error.Should().StartWith($"--out {missing}: the folder {Path.Combine(folder, "missing")} does not exist");
        isFolder.Code.Should().Be(2);
        isFolder.Error.Should().StartWith($"--out {folder} is a folder: give the file to write");
        recommendations.Code.Should().Be(2);
        recommendations.Error.Should().StartWith(inMissing.Error.Split('\n')[0]);
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
        Directory.Delete(folder);
    }

    [Fact]
    public void TheRegionRowOfTheCsvCarriesTheFiguresWithTwoDecimalsAtLeast()
    {
        var region = samples.Values.Single(v => v.Indicator == "pd_share" && v.Year == 2025 && v.Level == "region");
        var csv = Run("indicators", "--db", samples.Path_, "--year", "2025", "--level", "region").Output;
        var line = csv.Split('\n').Single(l => l.StartsWith("pd_share,", StringComparison.Ordinal)).Split(',');
        line[5].Should().Be(region.Numerator!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        line[6].Should().Be(region.Denominator!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        line[7].Should().MatchRegex(@"^\d+\.\d{2,}$");
        double.Parse(line[7], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(region.Value!.Value, 1e-8);
    }

    [Fact]
    public void TheArrowFileReadsBackWithTheSameRows()
    {
        var file = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N") + ".arrow");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var run = Run("indicators", "--db", samples.Path_, "--format", "arrow", "--out", file);
        run.Code.Should().Be(0, run.Error);

        using var stream = File.OpenRead(file);
        using var reader = new ArrowFileReader(stream);
        var rows = 0;
        RecordBatch? batch;
        var first = true;
        while ((batch = reader.ReadNextRecordBatch()) is not null)
        {
            using (batch)
            {
                if (first)
                {
                    batch.Schema.FieldsList.Select(f => f.Name).Should().Equal("indicator", "year", "level", "entity_code", "entity_name",
                        "numerator", "denominator", "value", "target", "meets_target", "suppressed");
                    var v = samples.Values[0];
                    ((StringArray)batch.Column(0)).GetString(0).Should().Be(v.Indicator);
                    ((Int32Array)batch.Column(1)).GetValue(0).Should().Be(v.Year);
                    ((DoubleArray)batch.Column(7)).GetValue(0).Should().Be(v.Value);
                    ((BooleanArray)batch.Column(10)).GetValue(0).Should().Be(v.Suppressed);
                    first = false;
                }
                rows += batch.Length;
            }
        }
        rows.Should().Be(samples.Values.Count);
        File.Delete(file);
    }

    [Fact]
    public void JsonHasOneObjectPerRow()
    {
        var json = Run("gaps", "--db", samples.Path_, "--format", "json");
        json.Code.Should().Be(0, json.Error);
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        document.RootElement.GetArrayLength().Should().Be(GapMetrics_Count());
        document.RootElement[0].GetProperty("indicator").GetString().Should().Be("diag_coverage");
    }

    private int GapMetrics_Count() => samples.Gaps.Count;
}
