using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// The comparisons a methodologist would sign, on three municipalities counted on paper:
/// rates instead of counts, the last place of a municipality without methodists, the Wilson
/// interval of a small share, scaled scores, level groups and the composite index.
/// </summary>
public class AnalysisTests
{
    private const string A = "71000001", B = "71000002", C = "71000003";

    private static IndicatorResults Region()
    {
        using var s = new Scenario();
        // Staff 4 / 6 / 10; schools with 20 / 50 / 10 positions of which 18 / 49 / 7 filled.
        foreach (var (code, staff, positions, filled) in new[] { (A, 4, 20.0, 18.0), (B, 6, 50.0, 49.0), (C, 10, 10.0, 7.0) })
        {
            s.Municipality(code, "МО " + code).Organization("S" + code, code, "school").Staffing("S" + code, "2024-09-01", positions, filled);
            for (var i = 0; i < staff; i++)
            {
                s.Staff(2024, $"{code}-{i}", "S" + code);
            }
        }
        // Methodical pool: A a methodist and a tutor, B nobody, C a methodist and an expert.
        s.Methodist(2024, "m1", A).Methodist(2024, "t1", A, "tutor").Methodist(2024, "m2", C).Methodist(2024, "e1", C, "expert");
        // 3 of C's 10 diagnosed.
        for (var i = 0; i < 3; i++)
        {
            s.Diagnostic($"{C}-{i}", "2024-03-01", "subject", 70);
        }
        return s.ComputeAll(minCell: 1);
    }

    private static IndicatorValue Value(IndicatorResults r, string code, string entity) => r.Values.Single(v => v.Indicator == code && v.Year == 2024 && v.EntityCode == entity);

    private static MunicipalityStanding Standing(IndicatorResults r, string code, string municipality) =>
        r.Standings.Single(s => s.Indicator == code && s.Year == 2024 && s.Municipality == municipality);

    [Fact]
    public void CountsGiveWayToTheRatesTheyStandFor()
    {
        var r = Region();
        // vacancy_rate = 100 · (positions − filled) / positions: A 2/20, B 1/50, C 3/10; region 6/80.
        Value(r, "vacancy_rate", A).Value.Should().BeApproximately(10, 1e-9);
        Value(r, "vacancy_rate", B).Value.Should().BeApproximately(2, 1e-9);
        Value(r, "vacancy_rate", C).Value.Should().BeApproximately(30, 1e-9);
        Value(r, "vacancy_rate", "region").Value.Should().BeApproximately(7.5, 1e-9);
        // methodical_active_per_1000 = 1000 · pool / staff: A 2/4, B 0/6, C 2/10; region 4/20.
        Value(r, "methodical_active_per_1000", A).Value.Should().BeApproximately(500, 1e-9);
        Value(r, "methodical_active_per_1000", B).Value.Should().Be(0);
        Value(r, "methodical_active_per_1000", C).Value.Should().BeApproximately(200, 1e-9);
        Value(r, "methodical_active_per_1000", "region").Value.Should().BeApproximately(200, 1e-9);

        // The counts stay as values but are never ranked or gap-measured.
        Value(r, "vacancies", C).Value.Should().Be(3);
        r.Standings.Should().NotContain(s => s.Indicator == "vacancies" || s.Indicator == "methodical_active");
        r.Gaps.Should().NotContain(g => g.Indicator == "vacancies" || g.Indicator == "methodical_active");
        r.Gaps.Should().Contain(g => g.Indicator == "vacancy_rate" && g.Year == 2024)
            .Which.Median.Should().BeApproximately(10, 1e-9);
    }

    [Fact]
    public void AMunicipalityWithStaffAndNoMethodistRanksLastOnTeachersPerMethodist()
    {
        var r = Region();
        // A 4/1, C 10/1, B 6/0.
        Standing(r, "teachers_per_methodist", A).Should().Match<MunicipalityStanding>(s => s.Value == 4 && s.Rank == 1 && s.Of == 3);
        Standing(r, "teachers_per_methodist", C).Should().Match<MunicipalityStanding>(s => s.Value == 10 && s.Rank == 2);
        var b = Standing(r, "teachers_per_methodist", B);
        (b.Value, b.Rank, b.Of, b.ScaledScore, b.LevelGroup).Should().Be((null, 3, 3, 0.0, "низкий"));
        IndicatorCatalog.Find("teachers_per_methodist")!.ZeroDenominator.Should().Be("нет методистов");
    }

    [Fact]
    public void TheWilsonIntervalOfThreeInTenIs10Point8To60Point3()
    {
        var c = Value(Region(), "diag_coverage", C);
        (c.Numerator, c.Denominator).Should().Be((3.0, 10.0));
        Math.Round(c.CiLow!.Value, 1).Should().Be(10.8);
        Math.Round(c.CiHigh!.Value, 1).Should().Be(60.3);
    }

    [Fact]
    public void ScaledScoresLevelGroupsAndTheCompositeIndexFollowTheOrdersMethods()
    {
        var r = Region();
        // vacancy_rate, lower is better, 2..30: A 100·(30−10)/28, B 100, C 0.
        Standing(r, "vacancy_rate", A).ScaledScore.Should().BeApproximately(2000.0 / 28, 1e-9);
        Standing(r, "vacancy_rate", B).ScaledScore.Should().Be(100);
        Standing(r, "vacancy_rate", C).ScaledScore.Should().Be(0);
        // methodical_active_per_1000, higher is better, 0..500: A 100, B 0, C 40.
        Standing(r, "methodical_active_per_1000", C).ScaledScore.Should().BeApproximately(40, 1e-9);
        // Terciles of three: the best высокий, the middle средний, the last низкий.
        new[] { A, C, B }.Select(m => Standing(r, "methodical_active_per_1000", m).LevelGroup).Should().Equal("высокий", "средний", "низкий");
        // diag_coverage 0 / 0 / 30 %: the median is 0; C's interval 10,8–60,3 excludes it, significantly above.
        Standing(r, "diag_coverage", C).DiffersFromMedian.Should().BeTrue();

        // The composite: the mean over groups of the mean scaled score within each group.
        foreach (var municipality in new[] { A, B, C })
        {
            var own = r.Standings.Where(s => s.Year == 2024 && s.Municipality == municipality).ToList();
            var expected = own.GroupBy(s => IndicatorCatalog.Find(s.Indicator)!.Group.Name).Select(g => g.Average(s => s.ScaledScore)).Average();
            r.Composite.Single(c => c.Year == 2024 && c.Municipality == municipality).Index.Should().BeApproximately(expected, 1e-9);
        }
        // The staff group holds teachers_per_methodist, staffing_rate, vacancy_rate, methodical_active_per_1000 (the counts left out):
        // B: 0, 100, 100, 0 → 50, counted on paper.
        r.Standings.Where(s => s.Municipality == B && IndicatorCatalog.Find(s.Indicator)!.Group == IndicatorCatalog.Staff)
            .Select(s => s.ScaledScore).Average().Should().Be(50);
        r.Composite.Where(c => c.Year == 2024).Select(c => c.Rank).Should().BeEquivalentTo([1, 2, 3]);
    }

    [Fact]
    public void MunicipalitiesOfOneScoreShareTheirLevelGroupPlacedByTheMiddleOfTheirPlaces()
    {
        // Seen on the samples: of nine municipalities without a methodist (score 0, «место 18 из 26»), one was «средний» and
        // eight «низкий» — the terciles cut through the tie by code; and город Ишим, 910 teachers a methodist, also score 0,
        // was «средний». A tie now takes the group of the middle of the places it covers.
        var r = Region();
        // diag_coverage 0 / 0 / 30 %: C alone the best (place 1 of 3 → высокий); A and B share places 2 and 3, middle 2.5,
        // beyond the second tercile's end at 2 → both низкий (by code, A was средний and B низкий).
        new[] { C, A, B }.Select(m => Standing(r, "diag_coverage", m).LevelGroup).Should().Equal("высокий", "низкий", "низкий");
        // teachers_per_methodist: A 4 (score 100), C 10 (the worst value, score 0), B no methodist (score 0): C and B tie.
        new[] { A, C, B }.Select(m => Standing(r, "teachers_per_methodist", m).LevelGroup).Should().Equal("высокий", "низкий", "низкий");
        // Untied scores keep the plain terciles.
        new[] { A, C, B }.Select(m => Standing(r, "methodical_active_per_1000", m).LevelGroup).Should().Equal("высокий", "средний", "низкий");
    }
}
