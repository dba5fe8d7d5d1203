using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Tests;

/// <summary>The edges of the methodology's definitions, one small scenario each.</summary>
public class BoundaryTests
{
    private const string M1 = "71701000";

    private static Scenario OneSchool() => new Scenario()
        .Municipality(M1, "город Тюмень").Organization("S1", M1, "school")
        .Program("P1", registry: true, areas: ["subject"]).Program("P2", registry: true, areas: ["digital"]);

    [Fact]
    public void ADeficitExactly365DaysBeforeACourseMakesItDiagnosticBasedAnd366DaysDoesNot()
    {
        using var s = OneSchool()
            .Staff(2024, "a", "S1").Staff(2024, "b", "S1")
            // 2024-03-01 − 365 days = 2023-03-02 (2024 is a leap year: 29.02 lies between).
            .Diagnostic("a", "2023-03-02", "subject", 40).Course("a", "P1", "2024-03-01", "2024-03-20")
            .Diagnostic("b", "2023-03-01", "subject", 40).Course("b", "P1", "2024-03-01", "2024-03-20");

        s.Compute().Figures("frdpp_diag_share", 2024, "region").Should().Be((1, 2, 50));
    }

    [Fact]
    public void ACourseWhoseProgramAddressesAnotherAreaIsNotDiagnosticBased()
    {
        using var s = OneSchool()
            .Staff(2024, "a", "S1").Staff(2024, "b", "S1")
            .Diagnostic("a", "2024-02-01", "subject", 40).Course("a", "P2", "2024-03-01", "2024-03-20") // digital program
            .Diagnostic("b", "2024-02-01", "digital", 40).Course("b", "P2", "2024-03-01", "2024-03-20");

        s.Compute().Figures("frdpp_diag_share", 2024, "region").Should().Be((1, 2, 50));
    }

    [Fact]
    public void AYoungTeacherIsUnder35AndInTheFirstThreeYears()
    {
        using var s = OneSchool()
            .Staff(2024, "age34", "S1", birthYear: 1990, experience: 0)   // 2024 − 1990 = 34: young
            .Staff(2024, "age35", "S1", birthYear: 1989, experience: 0)   // 35: not young
            .Staff(2024, "exp2", "S1", birthYear: 2000, experience: 2)    // young
            .Staff(2024, "exp3", "S1", birthYear: 2000, experience: 3)    // not young
            .Mentoring("age34", "2024-09-01", null).Mentoring("age35", "2024-09-01", null);

        s.Compute().Figures("young_support_share", 2024, "region").Should().Be((1, 2, 50));
    }

    [Fact]
    public void MentoringEndingOnTheFirstOfJanuaryOverlapsTheYearAndEndingTheDayBeforeDoesNot()
    {
        using var s = OneSchool()
            .Staff(2024, "a", "S1", birthYear: 2000, experience: 1).Staff(2024, "b", "S1", birthYear: 2000, experience: 1)
            .Mentoring("a", "2023-09-01", "2024-01-01").Mentoring("b", "2023-09-01", "2023-12-31");

        s.Compute().Figures("young_support_share", 2024, "region").Should().Be((1, 2, 50));
    }

    [Fact]
    public void ASchoolWithOneManagerFormsATeamWithThatOne()
    {
        using var s = OneSchool().Organization("S2", M1, "school")
            .Staff(2024, "boss", "S1", "manager").Course("boss", "P1", "2024-02-01", "2024-02-10")
            .Staff(2024, "m1", "S2", "manager").Staff(2024, "m2", "S2", "manager").Staff(2024, "m3", "S2", "manager")
            .Course("m1", "P1", "2024-02-01", "2024-02-10"); // 1 of 3 trained: fewer than min(2, 3)

        var v = s.Compute();
        v.Figures("mgmt_team_share", 2024, "S1").Should().Be((1, 1, 100));
        v.Figures("mgmt_team_share", 2024, "S2").Should().Be((0, 1, 0));
    }

    [Fact]
    public void DeficitStatusUsesTheLatestResultOfTheYear()
    {
        using var s = OneSchool()
            .Staff(2024, "a", "S1").Staff(2024, "b", "S1")
            .Diagnostic("a", "2024-02-01", "subject", 40).Diagnostic("a", "2024-11-01", "subject", 75) // recovered
            .Diagnostic("b", "2024-02-01", "subject", 75).Diagnostic("b", "2024-11-01", "subject", 40); // fell

        var v = s.Compute();
        v.Figures("deficit_rate", 2024, "region").Should().Be((1, 2, 50));
        v.Figures("deficit_rate.subject", 2024, "region").Should().Be((1, 2, 50));
    }

    [Fact]
    public void ATargetFromYear2024AppliesTo2025AndNotTo2023()
    {
        using var s = OneSchool()
            .Staff(2023, "a", "S1").Staff(2024, "a", "S1").Staff(2025, "a", "S1")
            .Diagnostic("a", "2025-02-01", "subject", 40)
            .Target("diag_coverage", 2024, 75)
            .Target("young_support_share", 2025, 80); // overrides the built-in 70 from 2025 on

        var v = s.Compute();
        v.At("diag_coverage", 2023, "region").Target.Should().BeNull();
        v.At("diag_coverage", 2024, "region").Target.Should().Be(75);
        v.At("diag_coverage", 2024, "region").MeetsTarget.Should().BeFalse(); // 0 % < 75
        v.At("diag_coverage", 2025, "region").Target.Should().Be(75);
        v.At("diag_coverage", 2025, "region").MeetsTarget.Should().BeTrue(); // 100 % ≥ 75
        v.At("young_support_share", 2024, "region").Target.Should().Be(70);
        v.At("young_support_share", 2025, "region").Target.Should().Be(80);
        v.At("young_support_share", 2025, "region").MeetsTarget.Should().BeNull("there is no young teacher: no value");
    }

    [Fact]
    public void ADenominatorOfFiveIsShownAndFourIsSuppressedWithOneComplementarySuppression()
    {
        // Municipalities with 4, 5, 6 and 5 persons: A (4) is primarily suppressed; the next smallest
        // non-zero denominator is 5, held by B and D: the smaller code, B, is suppressed too.
        using var s = new Scenario();
        var sizes = new[] { ("71000001", 4), ("71000002", 5), ("71000003", 6), ("71000004", 5) };
        foreach (var (code, size) in sizes)
        {
            s.Municipality(code, "МО " + code).Organization("S" + code, code, "school");
            for (var i = 0; i < size; i++)
            {
                s.Staff(2024, $"{code}-{i}", "S" + code);
            }
        }

        var v = s.Compute(minCell: 5);

        v.At("diag_coverage", 2024, "71000001").Suppressed.Should().BeTrue("4 < 5");
        v.At("diag_coverage", 2024, "71000002").Suppressed.Should().BeTrue("complementary: next smallest, smaller code");
        v.At("diag_coverage", 2024, "71000003").Suppressed.Should().BeFalse();
        v.At("diag_coverage", 2024, "71000004").Suppressed.Should().BeFalse("5 is shown");
        v.At("diag_coverage", 2024, "region").Suppressed.Should().BeFalse("the region is never suppressed");
        // Organizations: one per municipality, so each is alone in its municipality; S71000001 (4) is
        // suppressed and has no sibling to suppress with it.
        v.At("diag_coverage", 2024, "S71000001").Suppressed.Should().BeTrue();
        v.At("diag_coverage", 2024, "S71000004").Suppressed.Should().BeFalse();
        v.At("methodical_active", 2024, "71000001").Suppressed.Should().BeFalse("counts are not person-based shares");
    }

    [Fact]
    public void TwoPrimarySuppressionsNeedNoComplementaryOne()
    {
        using var s = new Scenario();
        foreach (var (code, size) in new[] { ("71000001", 3), ("71000002", 2), ("71000003", 6) })
        {
            s.Municipality(code, "МО " + code).Organization("S" + code, code, "school");
            for (var i = 0; i < size; i++)
            {
                s.Staff(2024, $"{code}-{i}", "S" + code);
            }
        }

        var v = s.Compute(minCell: 5);

        v.Where(x => x.Indicator == "pd_share" && x.Level == "municipality" && x.Suppressed).Select(x => x.EntityCode)
            .Should().BeEquivalentTo("71000001", "71000002");
    }

    [Fact]
    public void ComplementarySuppressionAmongOrganizationsStaysInsideTheirMunicipality()
    {
        // One municipality with schools of 2, 7 and 7 persons: the 2 is primary, the first 7 (smaller id) complementary.
        using var s = new Scenario().Municipality(M1, "город Тюмень");
        foreach (var (org, size) in new[] { ("A", 2), ("B", 7), ("C", 7) })
        {
            s.Organization(org, M1, "school");
            for (var i = 0; i < size; i++)
            {
                s.Staff(2024, $"{org}-{i}", org);
            }
        }

        var v = s.Compute(minCell: 5);

        v.Where(x => x.Indicator == "pd_share" && x.Level == "organization" && x.Suppressed).Select(x => x.EntityCode)
            .Should().BeEquivalentTo("A", "B");
    }

    [Fact]
    public void ATargetOfACountIsTheRegionsTotalAndNotEachMunicipalitysOrSchools()
    {
        // A department's target «методический актив не менее 3 человек, вакансий не более 10 ставок» is a
        // total for the region: two municipalities with 2 and 1 methodists (region 3: met) and schools with 6
        // and 5 vacant positions (region 11: missed). Before, each municipality was judged against the total:
        // 71701000 with 2 methodists «не достигнуто», both with their 6 and 5 vacancies «достигнуто».
        using var s = OneSchool().Municipality("71702000", "город Тобольск").Organization("S2", "71702000", "school")
            .Staff(2024, "a", "S1").Staff(2024, "b", "S2")
            .Methodist(2024, "m1", M1).Methodist(2024, "m2", M1).Methodist(2024, "m3", "71702000")
            .Staffing("S1", "2024-09-01", 20, 14).Staffing("S2", "2024-09-01", 20, 15)
            .Target("methodical_active", 2024, 3).Target("vacancies", 2024, 10);

        var v = s.Compute();

        (v.At("methodical_active", 2024, "region").Value, v.At("methodical_active", 2024, "region").Target, v.At("methodical_active", 2024, "region").MeetsTarget)
            .Should().Be((3, 3, true));
        (v.At("vacancies", 2024, "region").Value, v.At("vacancies", 2024, "region").Target, v.At("vacancies", 2024, "region").MeetsTarget)
            .Should().Be((11, 10, false));
        foreach (var (indicator, entity, count) in new[] { ("methodical_active", M1, 2.0), ("methodical_active", "71702000", 1), ("vacancies", M1, 6), ("vacancies", "71702000", 5), ("vacancies", "S1", 6), ("vacancies", "S2", 5) })
        {
            var below = v.At(indicator, 2024, entity);
            (below.Value, below.Target, below.MeetsTarget).Should().Be((count, (double?)null, (bool?)null), $"{indicator} of {entity}");
        }
        // A ratio's target is each municipality's as well: teachers per methodist (built-in 250 from 2024).
        v.At("teachers_per_methodist", 2024, M1).Target.Should().Be(250);
    }
}
