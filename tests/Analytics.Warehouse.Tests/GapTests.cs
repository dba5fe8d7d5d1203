using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Tests;

public class GapTests
{
    [Fact]
    public void GapMetricsRanksAndChangesAreComputedOverPublishedMunicipalities()
    {
        // Three municipalities of 5 persons: 2, 3 and 5 diagnosed in 2024 → 40 %, 60 %, 100 %; region 10/15.
        // In 2023 only A had staff: 1 of 5 diagnosed → 20 %. Target 60 from 2024.
        using var s = new Scenario().Target("diag_coverage", 2024, 60);
        foreach (var (code, diagnosed) in new[] { ("71000001", 2), ("71000002", 3), ("71000003", 5) })
        {
            s.Municipality(code, "МО " + code).Organization("S" + code, code, "school");
            for (var i = 0; i < 5; i++)
            {
                s.Staff(2024, $"{code}-{i}", "S" + code);
                if (i < diagnosed)
                {
                    s.Diagnostic($"{code}-{i}", "2024-03-01", "subject", 70);
                }
            }
        }
        for (var i = 0; i < 5; i++)
        {
            s.Staff(2023, $"71000001-{i}", "S71000001");
        }
        s.Diagnostic("71000001-0", "2023-03-01", "subject", 70);

        var computed = s.ComputeAll(minCell: 5);
        var gap = computed.Gaps.Single(g => g.Indicator == "diag_coverage" && g.Year == 2024);

        // mean = 200/3; deviations −26.67, −6.67, 33.33; variance = 1866.67/3 = 622.22; sd = 24.944; cv = 0.37417.
        gap.N.Should().Be(3);
        gap.Min.Should().Be(40);
        gap.Max.Should().Be(100);
        gap.Range.Should().Be(60);
        gap.Ratio.Should().Be(2.5);
        gap.Mean.Should().BeApproximately(66.6667, 1e-4);
        gap.Sd.Should().BeApproximately(24.9444, 1e-4);
        gap.Cv.Should().BeApproximately(0.374166, 1e-6);
        gap.RegionValue.Should().BeApproximately(66.6667, 1e-4);
        gap.MeetingTarget.Should().Be(2);

        var a = computed.Standings.Single(x => x.Indicator == "diag_coverage" && x.Year == 2024 && x.Municipality == "71000001");
        a.Rank.Should().Be(3);
        a.Of.Should().Be(3);
        a.GapToRegion.Should().BeApproximately(-26.6667, 1e-4);
        a.GapToTarget.Should().Be(-20);
        a.ChangeFromPreviousYear.Should().Be(20);
        computed.Standings.Single(x => x.Indicator == "diag_coverage" && x.Year == 2024 && x.Municipality == "71000003").Rank.Should().Be(1);

        // Lower is better: the lowest deficit rate ranks first. Nobody has a deficit here: all tie at rank 1.
        computed.Standings.Where(x => x.Indicator == "deficit_rate" && x.Year == 2024).Select(x => x.Rank).Should().AllBeEquivalentTo(1);
        computed.Gaps.Single(g => g.Indicator == "deficit_rate" && g.Year == 2024).Ratio.Should().BeNull("min = 0");
        computed.Gaps.Single(g => g.Indicator == "deficit_rate" && g.Year == 2024).Cv.Should().BeNull("mean = 0");
        computed.Gaps.Single(g => g.Indicator == "deficit_rate" && g.Year == 2024).MeetingTarget.Should().BeNull("no target");
    }

    [Fact]
    public void SuppressedMunicipalitiesAreLeftOutOfTheGaps()
    {
        using var s = new Scenario();
        foreach (var (code, size) in new[] { ("71000001", 3), ("71000002", 5), ("71000003", 6) })
        {
            s.Municipality(code, "МО " + code).Organization("S" + code, code, "school");
            for (var i = 0; i < size; i++)
            {
                s.Staff(2024, $"{code}-{i}", "S" + code);
            }
        }
        var gap = s.ComputeAll(minCell: 5).Gaps.Single(g => g.Indicator == "diag_coverage" && g.Year == 2024);
        gap.N.Should().Be(1, "3 is primary, 5 is complementary; only 6 is published");
    }
}
