using Analytics.Warehouse.Indicators;
using Analytics.Bench.PreviousEngine;
using Analytics.Tests.Support;

namespace Analytics.Warehouse.Tests;

/// <summary>The one-pass engine gives the figures of the engine it replaced, on the samples.</summary>
[Collection("samples")]
public class PreviousEngineTests(SamplesWarehouse samples)
{
    [Fact]
    public void EveryValueAndGapOfThePreviousEngineIsComputedTheSameOnTheSamples()
    {
        List<PreviousValue> before;
        using (var connection = TestDefaults.Opener.OpenReadOnly(samples.Path_))
        {
            before = PreviousEngine.Compute(connection, TestDefaults.Indicators.DeficitThreshold, TestDefaults.Indicators.MinCell);
        }
        var now = samples.Values.Where(v => PreviousEngine.Codes.Contains(v.Indicator))
            .ToDictionary(v => (v.Indicator, v.Year, v.Level, v.EntityCode));

        before.Should().HaveCountGreaterThan(50_000);
        now.Should().HaveCount(before.Count, "the same rows exist");
        foreach (var b in before)
        {
            var v = now[(b.Indicator, b.Year, b.Level, b.EntityCode)];
            (v.Numerator, v.Denominator, v.Target, v.MeetsTarget, v.Suppressed, v.MunicipalityCode)
                .Should().Be((b.Numerator, b.Denominator, b.Target, b.MeetsTarget, b.Suppressed, b.MunicipalityCode), $"{b.Indicator} {b.Year} {b.EntityCode}");
            Same(v.Value, b.Value).Should().BeTrue($"{b.Indicator} {b.Year} {b.EntityCode}: {v.Value} vs {b.Value}");
        }

        // The previous engine measured gaps for counts too; counts are no longer compared between municipalities.
        var gapsBefore = PreviousEngine.Gaps(before).Where(b => IndicatorCatalog.Find(b.Indicator)!.Comparable).ToList();
        var gapsNow = samples.Gaps.Where(g => PreviousEngine.Codes.Contains(g.Indicator)).ToDictionary(g => (g.Indicator, g.Year));
        gapsNow.Should().HaveCount(gapsBefore.Count);
        foreach (var b in gapsBefore)
        {
            var g = gapsNow[(b.Indicator, b.Year)];
            (g.N, g.MeetingTarget).Should().Be((b.N, b.MeetingTarget), b.Indicator);
            new[] { g.Min, g.Max, g.Range, g.Ratio, g.Mean, g.Sd, g.Cv, g.RegionValue }.Zip(new[] { b.Min, b.Max, b.Range, b.Ratio, b.Mean, b.Sd, b.Cv, b.RegionValue })
                .Should().OnlyContain(p => Same(p.First, p.Second), $"{b.Indicator} {b.Year}");
        }
    }

    /// <summary>Equal, or equal to the last bits of a double (sums and means taken in another order).</summary>
    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(b.Value));
}
