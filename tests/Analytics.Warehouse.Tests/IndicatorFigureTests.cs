using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Every indicator on one small region counted by hand (suppression off: min cell 1).
///
/// Municipalities M1 = 71701000 (S1, S2 schools; D1 preschool), M2 = 71603000 (S3 school),
/// M3 = 71605000 (no organization). Staff 2024 (year of birth, experience):
///   S1: a teacher 1995/2 (young), b teacher 1980/20, c manager 1975/25, d manager 1970/30
///   S2: e teacher 1990/5, f manager 1985/10
///   D1: g teacher 1992/1 (young), h teacher 1960/40
///   S3: i teacher 2000/0 (young), j manager 1978/15
/// Staff 2023: b (S1), h (D1).
/// Programs: P1 registry, updated 2024, topic quality_assessment, areas subject+methodical;
///           P2 network form, updated 2022, topic digital, area digital; P3 topic management.
/// </summary>
public sealed class SmallRegion : IDisposable
{
    private readonly Scenario _s = new();

    /// <summary>Every value of the small region, computed once for the class.</summary>
    public List<IndicatorValue> Values { get; }

    public SmallRegion()
    {
        _s.Municipality(IndicatorFigureTests.M1, "город Тюмень").Municipality(IndicatorFigureTests.M2, "Армизонский").Municipality(IndicatorFigureTests.M3, "Аромашевский")
          .Organization("S1", IndicatorFigureTests.M1, "school").Organization("S2", IndicatorFigureTests.M1, "school").Organization("D1", IndicatorFigureTests.M1, "preschool").Organization("S3", IndicatorFigureTests.M2, "school")
          .Program("P1", registry: true, updated: 2024, topics: ["quality_assessment"], areas: ["subject", "methodical"])
          .Program("P2", registry: false, network: true, updated: 2022, topics: ["digital"], areas: ["digital"])
          .Program("P3", registry: false, topics: ["management"])
          .Staff(2024, "a", "S1", "teacher", 1995, 2).Staff(2024, "b", "S1", "teacher", 1980, 20)
          .Staff(2024, "c", "S1", "manager", 1975, 25).Staff(2024, "d", "S1", "manager", 1970, 30)
          .Staff(2024, "e", "S2", "teacher", 1990, 5).Staff(2024, "f", "S2", "manager", 1985, 10)
          .Staff(2024, "g", "D1", "teacher", 1992, 1).Staff(2024, "h", "D1", "teacher", 1960, 40)
          .Staff(2024, "i", "S3", "teacher", 2000, 0).Staff(2024, "j", "S3", "manager", 1978, 15)
          .Staff(2023, "b", "S1").Staff(2023, "h", "D1")
          // Diagnostics: a's subject deficit of February is superseded by a pass in May; k is in no snapshot.
          .Diagnostic("a", "2024-02-01", "subject", 50).Diagnostic("a", "2024-05-01", "subject", 70).Diagnostic("a", "2024-03-01", "digital", 55)
          .Diagnostic("b", "2024-04-01", "methodical", 65)
          .Diagnostic("e", "2024-09-01", "subject", 40)
          .Diagnostic("i", "2024-02-01", "subject", 80).Diagnostic("i", "2024-10-01", "subject", 30)
          .Diagnostic("h", "2023-05-01", "subject", 45)
          .Diagnostic("k", "2024-03-01", "subject", 20)
          // Routes: R1 (a, tutor) and R2 (e, created the day of the deficit) are diagnostic-based; b has no deficit; R4 is 2025.
          .Route("R1", "a", "2024-04-01", tutor: "t").Route("R2", "e", "2024-09-01").Route("R3", "b", "2024-06-01", tutor: "t")
          .Route("R4", "i", "2025-01-15", tutor: "t")
          .Course("a", "P1", "2024-03-10", "2024-04-10").Course("c", "P3", "2024-01-10", "2024-02-20")
          .Course("d", "P3", "2023-11-01", "2024-01-15").Course("f", "P3", "2024-02-01", null, "in_progress")
          .Course("h", "P2", "2022-03-01", "2022-04-01").Course("g", "P2", "2021-02-01", "2021-03-01")
          .Course("e", "P2", "2024-10-01", null, "dropped").Course("i", "P1", "2024-11-01", "2024-11-20")
          .Course("j", "P3", "2024-03-01", "2024-03-20")
          .Mentoring("a", "2023-09-01", "2024-01-01").Mentoring("g", "2025-01-01", null).Mentoring("i", "2024-09-01", null)
          .Methodist(2024, "m1", IndicatorFigureTests.M1).Methodist(2024, "m2", IndicatorFigureTests.M1).Methodist(2024, "m3", IndicatorFigureTests.M2, "tutor")
          .Staffing("S1", "2024-01-15", 10, 9).Staffing("S1", "2024-09-01", 12, 10.5).Staffing("S3", "2024-09-01", 4, 4).Staffing("D1", "2024-09-01", 5, 5);
        Values = _s.Compute();
    }

    public void Dispose() => _s.Dispose();
}

/// <summary>Every indicator of <see cref="SmallRegion"/> counted by hand.</summary>
public sealed class IndicatorFigureTests(SmallRegion region) : IClassFixture<SmallRegion>
{
    internal const string M1 = "71701000", M2 = "71603000", M3 = "71605000";
    private readonly List<IndicatorValue> _v = region.Values;

    [Fact]
    public void DiagnosticCoverageCountsPersonsOfTheSnapshotDiagnosedInTheYear()
    {
        // 2024: a, b, e, i diagnosed (k is in no snapshot, h only in 2023).
        _v.Figures("diag_coverage", 2024, "region").Should().Be((4, 10, 40));
        _v.Figures("diag_coverage", 2024, M1).Should().Be((3, 8, 37.5));
        _v.Figures("diag_coverage", 2024, M2).Should().Be((1, 2, 50));
        _v.Figures("diag_coverage", 2024, "S1").Should().Be((2, 4, 50));
        _v.Figures("diag_coverage", 2024, "D1").Should().Be((0, 2, 0));
        _v.Figures("diag_coverage", 2024, "S2").Should().Be((1, 2, 50));
        _v.Figures("diag_coverage", 2024, "S3").Should().Be((1, 2, 50));
        _v.Figures("diag_coverage", 2023, "region").Should().Be((1, 2, 50));
    }

    [Fact]
    public void DeficitRateUsesTheLatestResultOfTheYearInEachArea()
    {
        // a: subject 50 then 70 (no), digital 55 (yes) → yes; b: 65 no; e: 40 yes; i: 80 then 30 → yes.
        _v.Figures("deficit_rate", 2024, "region").Should().Be((3, 4, 75));
        _v.Figures("deficit_rate", 2024, M1).Should().Be((2, 3, 66.6667));
        _v.Figures("deficit_rate", 2024, M2).Should().Be((1, 1, 100));
        _v.Figures("deficit_rate", 2024, "S1").Should().Be((1, 2, 50));
        _v.Should().NotContain(x => x.Indicator == "deficit_rate" && x.Year == 2024 && x.EntityCode == "D1", "nobody of D1 was diagnosed in 2024");
        _v.Figures("deficit_rate", 2023, "D1").Should().Be((1, 1, 100)); // h: 45 in 2023
    }

    [Fact]
    public void DeficitRatePerAreaCountsThoseWithAResultInThatArea()
    {
        _v.Figures("deficit_rate.subject", 2024, "region").Should().Be((2, 3, 66.6667)); // a 70 no, e 40, i 30
        _v.Figures("deficit_rate.subject", 2024, M1).Should().Be((1, 2, 50));
        _v.Figures("deficit_rate.subject", 2024, "S1").Should().Be((0, 1, 0));
        _v.Figures("deficit_rate.digital", 2024, "region").Should().Be((1, 1, 100));
        _v.Figures("deficit_rate.digital", 2024, "S1").Should().Be((1, 1, 100));
        _v.Figures("deficit_rate.subject", 2024, "S3").Should().Be((1, 1, 100));
        _v.Figures("deficit_rate.methodical", 2024, "region").Should().Be((0, 1, 0));
        _v.Figures("deficit_rate.psych_pedagogical", 2024, "region").Should().Be((0, 0, null), "a zero denominator gives no value");
        _v.Figures("deficit_rate.communicative", 2024, "region").Should().Be((0, 0, null));
    }

    [Fact]
    public void RouteSharesCountDiagnosticBasedRoutesCreatedInTheYear()
    {
        _v.Figures("route_share", 2024, "region").Should().Be((2, 10, 20));
        _v.Figures("route_share", 2024, M1).Should().Be((2, 8, 25));
        _v.Figures("route_share", 2024, M2).Should().Be((0, 2, 0));
        _v.Figures("route_share", 2024, "S2").Should().Be((1, 2, 50));
        _v.Figures("route_share", 2024, "S1").Should().Be((1, 4, 25));
        _v.Figures("route_tutor_share", 2024, "region").Should().Be((1, 10, 10));
        _v.Figures("route_tutor_share", 2024, M1).Should().Be((1, 8, 12.5));
        _v.Figures("route_tutor_share", 2024, "S2").Should().Be((0, 2, 0));
    }

    [Fact]
    public void TrainingSharesCountCompletedCoursesInTheirWindows()
    {
        // Completed in 2024: a, c, d (started 2023), i, j. h completed in 2022, g in 2021.
        _v.Figures("pd_share", 2024, "region").Should().Be((5, 10, 50));
        _v.Figures("pd_share", 2024, M1).Should().Be((3, 8, 37.5));
        _v.Figures("pd_share", 2024, M2).Should().Be((2, 2, 100));
        _v.Figures("pd_share", 2024, "S1").Should().Be((3, 4, 75));
        _v.Figures("pd_share", 2024, "S2").Should().Be((0, 2, 0));
        _v.Figures("pd_3y_share", 2024, "region").Should().Be((6, 10, 60));
        _v.Figures("pd_3y_share", 2024, M1).Should().Be((4, 8, 50));
        _v.Figures("pd_3y_share", 2024, "D1").Should().Be((1, 2, 50));
        _v.Figures("pd_3y_share", 2024, M2).Should().Be((2, 2, 100));
        _v.Figures("pd_3y_share", 2024, "S1").Should().Be((3, 4, 75));
    }

    [Fact]
    public void FederalRegistryDiagnosticBasedShareCountsTeachersOnlyAndMeetsItsTarget()
    {
        // Teachers: a, b, e, g, h, i. a (P1 after the subject deficit of February) and i (P1 after October's).
        _v.Figures("frdpp_diag_share", 2024, "region").Should().Be((2, 6, 33.3333));
        _v.At("frdpp_diag_share", 2024, "region").Target.Should().Be(30);
        _v.At("frdpp_diag_share", 2024, "region").MeetsTarget.Should().BeTrue();
        _v.Figures("frdpp_diag_share", 2024, M1).Should().Be((1, 5, 20));
        _v.At("frdpp_diag_share", 2024, M1).MeetsTarget.Should().BeFalse();
        _v.Figures("frdpp_diag_share", 2024, M2).Should().Be((1, 1, 100));
        _v.Figures("frdpp_diag_share", 2024, "S1").Should().Be((1, 2, 50)); // teachers a, b
        _v.Figures("frdpp_diag_share", 2024, "D1").Should().Be((0, 2, 0));
        _v.Figures("frdpp_diag_share", 2024, "S2").Should().Be((0, 1, 0)); // e only, whose course was dropped
        _v.At("frdpp_diag_share", 2023, "region").Target.Should().BeNull("the built-in target starts in 2024");
    }

    [Fact]
    public void TopicSharesCountSchoolTeachersTrainedOnTheTopicInThreeYears()
    {
        // School teachers: a, b (S1), e (S2), i (S3); P1 (quality_assessment) completed by a and i.
        _v.Figures("topic_share.quality_assessment", 2024, "region").Should().Be((2, 4, 50));
        _v.Figures("topic_share.quality_assessment", 2024, M1).Should().Be((1, 3, 33.3333));
        _v.Figures("topic_share.quality_assessment", 2024, M2).Should().Be((1, 1, 100));
        _v.Figures("topic_share.quality_assessment", 2024, "S1").Should().Be((1, 2, 50));
        _v.Figures("topic_share.quality_assessment", 2024, "S2").Should().Be((0, 1, 0));
        _v.Figures("topic_share.gifted", 2024, "region").Should().Be((0, 4, 0));
        _v.Should().NotContain(x => x.Indicator.StartsWith("topic_share", StringComparison.Ordinal) && x.EntityCode == "D1");
    }

    [Fact]
    public void PreschoolShareCountsPreschoolStaffTrainedInThreeYears()
    {
        _v.Figures("preschool_pd_share", 2024, "region").Should().Be((1, 2, 50)); // h (2022), not g (2021)
        _v.Figures("preschool_pd_share", 2024, M1).Should().Be((1, 2, 50));
        _v.Figures("preschool_pd_share", 2024, "D1").Should().Be((1, 2, 50));
        _v.Should().NotContain(x => x.Indicator == "preschool_pd_share" && x.EntityCode == M2);
    }

    [Fact]
    public void YoungSupportShareCountsMentoringOverlappingTheYear()
    {
        // Young: a (29, 2 years), g (32, 1), i (24, 0). a's mentoring ends 01.01.2024 (overlaps); g's starts in 2025.
        _v.Figures("young_support_share", 2024, "region").Should().Be((2, 3, 66.6667));
        _v.At("young_support_share", 2024, "region").MeetsTarget.Should().BeFalse("the built-in target is 70 from 2024");
        _v.Figures("young_support_share", 2024, M1).Should().Be((1, 2, 50));
        _v.Figures("young_support_share", 2024, M2).Should().Be((1, 1, 100));
        _v.Figures("young_support_share", 2024, "S1").Should().Be((1, 1, 100));
        _v.Figures("young_support_share", 2024, "D1").Should().Be((0, 1, 0));
    }

    [Fact]
    public void ManagementTeamShareCountsSchoolsWhoseManagersTrained()
    {
        // S1: c and d trained (2 ≥ min(2, 2)); S2: f in progress (0 < 1); S3: j alone trained (1 ≥ min(2, 1)).
        _v.Figures("mgmt_team_share", 2024, "region").Should().Be((2, 3, 66.6667));
        _v.At("mgmt_team_share", 2024, "region").MeetsTarget.Should().BeTrue();
        _v.Figures("mgmt_team_share", 2024, M1).Should().Be((1, 2, 50));
        _v.Figures("mgmt_team_share", 2024, "S1").Should().Be((1, 1, 100));
        _v.Figures("mgmt_team_share", 2024, "S2").Should().Be((0, 1, 0));
        _v.Figures("mgmt_team_share", 2024, "S3").Should().Be((1, 1, 100));
    }

    [Fact]
    public void MethodistIndicatorsCountThePoolByMunicipality()
    {
        _v.Figures("teachers_per_methodist", 2024, "region").Should().Be((10, 2, 5));
        _v.At("teachers_per_methodist", 2024, "region").MeetsTarget.Should().BeTrue("lower is better: 5 ≤ 250");
        _v.Figures("teachers_per_methodist", 2024, M1).Should().Be((8, 2, 4));
        _v.Figures("teachers_per_methodist", 2024, M2).Should().Be((2, 0, null), "M2 has staff but only a tutor");
        _v.Should().NotContain(x => x.Indicator == "teachers_per_methodist" && (x.EntityCode == M3 || x.Level == "organization"));
        _v.Figures("methodical_active", 2024, "region").Should().Be((3, null, 3));
        _v.Figures("methodical_active", 2024, M1).Should().Be((2, null, 2));
        _v.Figures("methodical_active", 2024, M2).Should().Be((1, null, 1));
        _v.Figures("methodical_active", 2024, M3).Should().Be((0, null, 0), "every municipality has a row");
    }

    [Fact]
    public void StaffingUsesEachSchoolsLatestDateOfTheYear()
    {
        _v.Figures("staffing_rate", 2024, "region").Should().Be((14.5, 16, 90.625));
        _v.Figures("staffing_rate", 2024, M1).Should().Be((10.5, 12, 87.5));
        _v.Figures("staffing_rate", 2024, M2).Should().Be((4, 4, 100));
        _v.Figures("staffing_rate", 2024, "S1").Should().Be((10.5, 12, 87.5));
        _v.Figures("vacancies", 2024, M1).Should().Be((1.5, null, 1.5));
        _v.Figures("vacancies", 2024, "region").Should().Be((1.5, null, 1.5));
        _v.Figures("vacancies", 2024, "S1").Should().Be((1.5, null, 1.5));
        _v.Figures("vacancies", 2024, "S3").Should().Be((0, null, 0));
        _v.Should().NotContain(x => x.Indicator == "staffing_rate" && (x.EntityCode == "D1" || x.EntityCode == "S2"));
    }

    [Fact]
    public void ProgramSharesCountProgramsWithACourseStartedInTheYearAtTheRegionOnly()
    {
        // 2024: P1, P2, P3 started; 2023: only P3 (d's course).
        _v.Figures("program_frdpp_share", 2024, "region").Should().Be((1, 3, 33.3333));
        _v.Figures("program_network_share", 2024, "region").Should().Be((1, 3, 33.3333));
        _v.Figures("program_updated_share", 2024, "region").Should().Be((1, 3, 33.3333));
        _v.At("program_updated_share", 2024, "region").MeetsTarget.Should().BeTrue();
        _v.Figures("program_network_share", 2023, "region").Should().Be((0, 1, 0));
        _v.At("program_network_share", 2023, "region").MeetsTarget.Should().BeFalse();
        _v.Should().NotContain(x => x.Indicator.StartsWith("program_", StringComparison.Ordinal) && x.Level != "region");
    }

    [Fact]
    public void TheRegionHasARowForEveryIndicatorAndYear()
    {
        foreach (var indicator in IndicatorCatalog.All)
        {
            _v.Where(x => x.Indicator == indicator.Code && x.Level == "region").Select(x => x.Year)
                .Should().Equal([2023, 2024], indicator.Code);
        }
    }
}
