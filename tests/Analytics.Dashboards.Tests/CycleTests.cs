using Analytics.Dashboards.Cycle;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Recommendations;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// The recommendation rules and the analysis of effectiveness on a small hand-made region: each
/// rule fires and stays silent on its boundary, counted by hand.
/// </summary>
public class CycleTests
{
    private const string Muni = IndicatorValue.Municipality;

    /// <summary>A municipality value of a share of persons: numerator of 100 (the interval is not used by the rules but by the standings).</summary>
    private static IndicatorValue V(string indicator, int year, string m, double numerator, double denominator = 100, double? target = null) =>
        new(indicator, year, Muni, m, m, m, numerator, denominator, 100 * numerator / denominator) { Target = target };

    private static MunicipalityStanding S(string indicator, int year, string m, double? value, double? median = null, bool? differsFromTarget = null, bool? differsFromMedian = null, double score = 50) =>
        new(indicator, year, m, value, 1, 4, null, null, null) { Median = median, DiffersFromTarget = differsFromTarget, DiffersFromMedian = differsFromMedian, ScaledScore = score };

    private static RecommendationSet Draft(int year, List<IndicatorValue> values, List<MunicipalityStanding> standings) =>
        new RecommendationRules(new IndicatorResults(values, [], standings)).Draft(year);

    [Fact]
    public void AMissedTargetFiresBelowTheTargetAndIsSilentAtItOrWithinTheInterval()
    {
        List<IndicatorValue> values =
        [
            V("diag_coverage", 2024, "A", 74.9, target: 75), V("diag_coverage", 2024, "B", 75, target: 75), V("diag_coverage", 2024, "C", 60, target: 75),
        ];
        List<MunicipalityStanding> standings =
        [
            S("diag_coverage", 2024, "A", 74.9, 75, differsFromTarget: true), S("diag_coverage", 2024, "B", 75, 75, differsFromTarget: false),
            S("diag_coverage", 2024, "C", 60, 75, differsFromTarget: false, differsFromMedian: false),
        ];
        var set = Draft(2024, values, standings);
        var a = set.Items.Should().ContainSingle().Subject;
        a.Municipality.Should().Be("A");
        a.Condition.Should().Be(RecommendationCondition.MissesTarget);
        a.Severity.Should().Be(3);
        a.Baseline.Should().Be(75);
        a.Text.Should().StartWith("Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов: 74,9\u00A0% при целевом значении 75,0\u00A0%")
            .And.Contain("Рекомендуется провести диагностику").And.Contain("Ответственные: ММС, руководители ОО").And.EndWith("Срок — до 1 апреля 2025 года.");
    }

    [Fact]
    public void ADraftDrawnUpAfterItsUsualTermGetsTheNextSuchDayNotOneInThePast()
    {
        // Seen: the 2025 draft shown on 24.11.2026 said «Срок — до 1 апреля 2026 года» (and the collegium's draft decision
        // «представить … до 1 марта 2026 года»): terms already past on the day the pack was printed.
        List<IndicatorValue> values = [V("diag_coverage", 2025, "A", 60, target: 75), V("pd_share", 2025, "A", 10, target: 30)];
        List<MunicipalityStanding> standings = [S("diag_coverage", 2025, "A", 60, 75, differsFromTarget: true), S("pd_share", 2025, "A", 10, 30, differsFromTarget: true)];
        string Terms(DateOnly? drawnUp) => string.Join(" | ", new RecommendationRules(new IndicatorResults(values, [], standings), drawnUp).Draft(2025).Items
            .OrderBy(r => r.Indicator, StringComparer.Ordinal).Select(r => r.Term));

        Terms(null).Should().Be("до 1 апреля 2026 года | до 1 сентября 2026 года");
        Terms(new DateOnly(2026, 1, 20)).Should().Be("до 1 апреля 2026 года | до 1 сентября 2026 года");
        Terms(new DateOnly(2026, 4, 1)).Should().Be("до 1 апреля 2027 года | до 1 сентября 2026 года", "a term on the day itself has passed");
        Terms(new DateOnly(2026, 11, 24)).Should().Be("до 1 апреля 2027 года | до 1 сентября 2027 года");
        new RecommendationRules(new IndicatorResults(values, [], standings), new DateOnly(2026, 11, 24)).Draft(2025).Items
            .Single(r => r.Indicator == "diag_coverage").Text.Should().EndWith("Срок — до 1 апреля 2027 года.");
        // An earlier cycle's set seen later keeps its terms: 2024's recommendations were due in 2025.
        new Analytics.Warehouse.Recommendations.Deadline(4, 1).Text(2024, new DateOnly(2026, 11, 24)).Should().Be("до 1 апреля 2025 года");
    }

    [Fact]
    public void WorseThanTheMedianFiresBeyondTheToleranceOrTheIntervalOnlyWhereThereIsNoTarget()
    {
        // vacancy_rate (lower is better, no interval): median 10, tolerance 20 % → 12 is silent, 12.1 fires.
        List<IndicatorValue> values = [V("vacancy_rate", 2024, "A", 12), V("vacancy_rate", 2024, "B", 12.1)];
        List<MunicipalityStanding> standings = [S("vacancy_rate", 2024, "A", 12, median: 10), S("vacancy_rate", 2024, "B", 12.1, median: 10)];
        var set = Draft(2024, values, standings);
        set.Items.Should().ContainSingle().Which.Should().Match<Recommendation>(r => r.Municipality == "B" && r.Condition == RecommendationCondition.WorseThanMedian && r.Severity == 1);
        // A share of persons: the interval decides (differs_from_median), not the distance.
        values = [V("deficit_rate", 2024, "A", 40), V("deficit_rate", 2024, "B", 40)];
        standings = [S("deficit_rate", 2024, "A", 40, median: 20, differsFromMedian: false), S("deficit_rate", 2024, "B", 40, median: 20, differsFromMedian: true)];
        Draft(2024, values, standings).Items.Should().ContainSingle().Which.Municipality.Should().Be("B");
        // The same value under a target that it meets: no recommendation at all.
        values = [V("vacancy_rate", 2024, "B", 12.1, target: 15)];
        standings = [S("vacancy_rate", 2024, "B", 12.1, median: 10)];
        Draft(2024, values, standings).Items.Should().BeEmpty();
    }

    [Fact]
    public void WorseningTwoYearsRunningFiresOnlyWhenBothChangesAreSignificant()
    {
        // deficit_rate (lower is better): 10 → 25 → 45 of 100 (both z > 1.96) fires; 10 → 12 → 45 does not (10 → 12: z = 0.45).
        List<IndicatorValue> values =
        [
            V("deficit_rate", 2022, "A", 10), V("deficit_rate", 2023, "A", 25), V("deficit_rate", 2024, "A", 45),
            V("deficit_rate", 2022, "B", 10), V("deficit_rate", 2023, "B", 12), V("deficit_rate", 2024, "B", 45),
        ];
        List<MunicipalityStanding> standings = [S("deficit_rate", 2024, "A", 45, median: 45, differsFromMedian: false), S("deficit_rate", 2024, "B", 45, median: 45, differsFromMedian: false)];
        var r = Draft(2024, values, standings).Items.Should().ContainSingle().Subject;
        r.Municipality.Should().Be("A");
        r.Condition.Should().Be(RecommendationCondition.WorsenedTwoYears);
        r.Text.Should().Contain("ухудшение два года подряд — 10,0\u00A0% в 2022 году, 25,0\u00A0% в 2023 году, 45,0\u00A0% в 2024 году.");
    }

    [Fact]
    public void ASignificantImprovementIsProgressNotAProblemAndNoMunicipalityGetsMoreThanFive()
    {
        // 50 → 70 of 100 is significant (z = 2.89): progress, though 70 still misses 75; 68 → 70 is not (z = 0.30): a problem.
        string[] codes = ["diag_coverage", "route_share", "route_tutor_share", "pd_share", "pd_3y_share", "young_support_share", "mgmt_team_share"];
        var values = codes.SelectMany(c => new[] { V(c, 2023, "E", 68), V(c, 2024, "E", 70, target: 75) }).ToList();
        values.AddRange([V("diag_coverage", 2023, "D", 50), V("diag_coverage", 2024, "D", 70, target: 75)]);
        var standings = codes.Select((c, i) => S(c, 2024, "E", 70, 75, differsFromTarget: true, score: i)).ToList();
        standings.Add(S("diag_coverage", 2024, "D", 70, 75, differsFromTarget: true));
        var set = Draft(2024, values, standings);

        set.Items.Where(r => r.Municipality == "D").Should().BeEmpty();
        set.Progress.Should().ContainSingle().Which.Text.Should()
            .Be("Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов: значимое улучшение за год — с 50,0\u00A0% до 70,0\u00A0%; целевое значение 75,0\u00A0% пока не достигнуто.");
        var e = set.Items.Where(r => r.Municipality == "E").ToList();
        e.Should().HaveCount(RecommendationCatalog.MaxPerMunicipality);
        e.Select(r => r.Position).Should().Equal(1, 2, 3, 4, 5);
        e.Select(r => r.Indicator).Should().Equal(codes.Take(5), "equal severity: the lowest scaled score first");
    }

    [Fact]
    public void ARegionWhereEveryMunicipalityMeetsEveryTargetGetsNoRecommendation()
    {
        var codes = IndicatorCatalog.All.Where(i => i.Compared && i.Direction == Direction.Higher && i.PersonBased).Select(i => i.Code).ToList();
        string[] munis = ["A", "B", "C", "D", "E", "F", "G", "H"];
        // Spread values (80..94) all above the target 75: a rank-based rule would flag the bottom quarter; these rules flag none.
        var values = codes.SelectMany(c => munis.SelectMany((m, i) => new[] { V(c, 2023, m, 80 + 2 * i, target: 75), V(c, 2024, m, 80 + 2 * i, target: 75) })).ToList();
        var standings = codes.SelectMany(c => munis.Select((m, i) => S(c, 2024, m, 80 + 2 * i, 87, differsFromTarget: true, differsFromMedian: true, score: 100 * i / 7.0))).ToList();
        Draft(2024, values, standings).Items.Should().BeEmpty();
    }

    [Fact]
    public void TheEffectivenessOfRecommendationsIsCountedAndAMeasureShowsInIt()
    {
        // Recommendations of 2023 on diag_coverage for M1 and M2; M1 recorded a measure (done), M2 one that was cancelled.
        // 2023 → 2024: M1 50 → 70 (significant improvement), M2 50 → 52 (not significant), M3 (no recommendation) 80 → 80.
        List<IndicatorValue> values =
        [
            V("diag_coverage", 2023, "M1", 50), V("diag_coverage", 2024, "M1", 70),
            V("diag_coverage", 2023, "M2", 50), V("diag_coverage", 2024, "M2", 52),
            V("diag_coverage", 2023, "M3", 80), V("diag_coverage", 2024, "M3", 80),
        ];
        Recommendation Rec(int year, string m) => new(year, m, "diag_coverage", RecommendationCondition.MissesTarget, 3, 1, 50, 75, "текст.", "ММС", "срок");
        var previous = new RecommendationSet(2023, [Rec(2023, "M1"), Rec(2023, "M2")], [], new DateOnly(2023, 12, 20));
        var current = new RecommendationSet(2024, [Rec(2024, "M2")], [], null);
        List<MeasureRecord> measures = [new("M1", "diag_coverage", 2023, "Диагностика", "done"), new("M2", "diag_coverage", 2023, "Диагностика", "cancelled")];

        var report = Effectiveness.Analyse(new IndicatorResults(values, [], []), previous, current, measures, 2024);

        report.Recommendations.Should().Be(2);
        report.Evaluated.Should().Be(2);
        report.Improved.Should().Be(1);
        report.WithMeasure.Should().Be(1);
        report.ImprovedWithMeasure.Should().Be(1);
        report.WithoutMeasure.Should().Be(1);
        report.ImprovedWithoutMeasure.Should().Be(0);
        var effect = report.Indicators.Should().ContainSingle().Subject;
        effect.With.Should().Be(2);
        effect.MeanChangeWith.Should().BeApproximately((20 + 2) / 2.0, 1e-9);
        effect.ImprovedWith.Should().Be(1);
        effect.Without.Should().Be(1);
        effect.MeanChangeWithout.Should().Be(0);
        report.NeedDecision.Should().ContainSingle().Which.Should().BeEquivalentTo(new DecisionNeeded("M2", ["diag_coverage"]));
    }

    [Fact]
    public void ADraftThatWasNeverIssuedIsNotSaidToHaveFailed()
    {
        // Seen on the samples: the 2024 set is a draft («проект, набор не выдан»), yet the draft decision said of 26
        // municipalities «адресные рекомендации 2024 и 2025 годов не привели к устранению отставания» and the analysis
        // «Одну и ту же рекомендацию … получили 26 муниципалитетов»: a board would order plans for recommendations it never sent.
        List<IndicatorValue> values = [V("diag_coverage", 2023, "M1", 50), V("diag_coverage", 2024, "M1", 52)];
        Recommendation Rec(int year) => new(year, "M1", "diag_coverage", RecommendationCondition.MissesTarget, 3, 1, 50, 75, "текст.", "ММС", "срок");
        var current = new RecommendationSet(2024, [Rec(2024)], [], null);
        (List<string> Decision, IReadOnlyList<string> Statements) Cycle(DateOnly? issuedOn)
        {
            var report = Effectiveness.Analyse(new IndicatorResults(values, [], []), new RecommendationSet(2023, [Rec(2023)], [], issuedOn), current, [], 2024);
            return (CycleView.Decision(report, current, m => "МО " + m, false, new DateOnly(2024, 12, 1)), CycleView.Effect(report, m => "МО " + m, false).Statements);
        }

        var issued = Cycle(new DateOnly(2023, 12, 20));
        issued.Decision[^1].Should().Be("3. Органу местного самоуправления, осуществляющему управление в сфере образования (МО M1), представить в департамент до 1 марта 2025 года план мер по показателю «Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов», по которому адресные рекомендации 2023 и 2024 годов не привели к устранению отставания.");
        issued.Statements.Should().Contain("Муниципалитетов, получивших одну и ту же рекомендацию в 2023 и 2024 годах: 1; они требуют управленческого решения.");

        var draft = Cycle(null);
        draft.Decision[^1].Should().Be("3. Органу местного самоуправления, осуществляющему управление в сфере образования (МО M1), представить в департамент до 1 марта 2025 года план мер по показателю «Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов», по которому отставание сохраняется второй год подряд (2023 и 2024); рекомендации 2023 года не выдавались.");
        draft.Statements.Should().Contain("Муниципалитетов, для которых одна и та же рекомендация сформирована в 2023 и 2024 годах (набор 2023 года не выдан): 1; отставание сохраняется, они требуют управленческого решения.")
            .And.Contain("Там, где рекомендация 2023 года была сформирована, значимое улучшение показателя — в 0 из 1 случая (0,0\u00A0%).")
            .And.Contain(t => t.StartsWith("Мероприятия зарегистрированы по 0 из 1 рекомендации (0,0\u00A0%)", StringComparison.Ordinal))
            .And.NotContain(t => t.Contains("получил", StringComparison.Ordinal) || t.Contains("последовало", StringComparison.Ordinal));
    }

    [Fact]
    public void MunicipalitiesThatNeedADecisionAreListedAlphabeticallyAndTheDecisionAgreesWithItsIndicators()
    {
        // Seen on the samples' effectiveness page and draft decision: after «Ярковский муниципальный округ» came «город Тюмень»,
        // «Заводоуковский городской округ», «город Ишим» — the codes' order, in a list a collegium reads by name — and an item on
        // one indicator read «по показателю «Обеспеченность …», по которым отставание сохраняется».
        Dictionary<string, string> names = new()
        {
            ["71701000"] = "город Тюмень", ["71640000"] = "Ярковский муниципальный округ", ["71703000"] = "Заводоуковский городской округ",
            ["71601000"] = "Абатский муниципальный округ", ["71705000"] = "город Ишим",
        };
        string[] twice = ["diag_coverage", "route_share"];
        var values = names.Keys.SelectMany(m => twice.SelectMany(i => new[] { V(i, 2023, m, 50), V(i, 2024, m, 52) })).ToList();
        Recommendation Rec(int year, string m, string indicator) => new(year, m, indicator, RecommendationCondition.MissesTarget, 3, 1, 50, 75, "текст.", "ММС", "срок");
        // Абатский is recommended twice on two indicators, the others on one.
        List<Recommendation> Set(int year) => [.. names.Keys.Select(m => Rec(year, m, "diag_coverage")), Rec(year, "71601000", "route_share")];
        var previous = new RecommendationSet(2023, Set(2023), [], new DateOnly(2023, 12, 20));
        var current = new RecommendationSet(2024, Set(2024), [], null);
        var report = Effectiveness.Analyse(new IndicatorResults(values, [], []), previous, current, [], 2024);

        string[] alphabetical = ["Абатский муниципальный округ", "город Ишим", "город Тюмень", "Заводоуковский городской округ", "Ярковский муниципальный округ"];
        CycleView.Effect(report, m => names[m], false).NeedDecision.Select(d => d.Name).Should().Equal(alphabetical);
        var decision = CycleView.Decision(report, current, m => names[m], false, new DateOnly(2024, 12, 1));
        decision.Skip(2).Select(d => names.Values.Single(n => d.Contains($"({n})", StringComparison.Ordinal))).Should().Equal(alphabetical);
        decision[2].Should().Contain("по показателям «").And.Contain("», по которым адресные рекомендации 2023 и 2024 годов");
        decision[3].Should().Contain("по показателю «").And.Contain("», по которому адресные рекомендации 2023 и 2024 годов");
    }

    [Fact]
    public void CountsOfThousandsArePrintedAsEveryOtherNumberOfThePage()
    {
        // Seen on the national site: «в 1305 из 6 349 случаев», «9235 рекомендаций для 2249 из 2 250 муниципалитетов» — counts
        // pasted raw beside numbers grouped with a narrow space in the same sentence.
        Recommendation Rec(int i) => new(2023, "M" + i, "diag_coverage", RecommendationCondition.MissesTarget, 3, 1, 50, 75, "текст.", "ММС", "срок");
        var previous = new RecommendationSet(2023, [.. Enumerable.Range(0, 6349).Select(Rec)], [], null);
        var report = new EffectivenessReport(2024, 2023, previous, 6349, 1305, 1200, 300, 5149, 1005, [new IndicatorEffect("diag_coverage", 695, 1.9, 69, 1555, 0.3, 69)],
            [.. Enumerable.Range(0, 1879).Select(i => new DecisionNeeded("M" + i, ["diag_coverage"]))]);
        var statements = CycleView.Effect(report, m => m, true).Statements;
        statements[0].Should().Be("Рекомендаций 2023 года: 6\u202F349 (проект, набор не выдан); данные 2024 года есть по 6\u202F349.");
        statements[1].Should().EndWith("в 1\u202F305 из 6\u202F349 случаев (20,6\u00A0%).");
        statements[2].Should().StartWith("Мероприятия зарегистрированы по 1\u202F200 из 6\u202F349 рекомендаций (18,9\u00A0%); значимое улучшение после мероприятия — 300 из 1\u202F200 (25,0\u00A0%), без мероприятия — 1\u202F005 из 5\u202F149 (19,5\u00A0%).");
        statements[3].Should().Contain("(набор 2023 года не выдан): 1\u202F879;");
        var row = CycleView.Effect(report, m => m, true).Indicators.Single();
        (row.WithShown, row.ImprovedWithShown, row.WithoutShown, row.ImprovedWithoutShown).Should().Be(("695", "69 из 695", "1\u202F555", "69 из 1\u202F555"));
        Findings.Composition(new GapRow("diag_coverage", 2024, 1510, 0, 1, 1, null, null, null, null, null, null), new GapRow("diag_coverage", 2023, 1516, 0, 1, 1, null, null, null, null, null, null))
            .Should().Contain("(1\u202F516 и 1\u202F510)");

        // A place among 2 250 («место 1760 из 2250» in the national recommendations) as well.
        List<IndicatorValue> values = [V("diag_coverage", 2024, "A", 60, target: 75)];
        List<MunicipalityStanding> standings = [new("diag_coverage", 2024, "A", 60, 1760, 2250, null, null, null) { Median = 75, DiffersFromTarget = true, ScaledScore = 20 }];
        Draft(2024, values, standings).Items.Should().ContainSingle().Which.Text.Should().Contain("место 1\u202F760 из 2\u202F250.");
    }

    [Fact]
    public void EveryComparedIndicatorHasAnAdvice()
    {
        IndicatorCatalog.All.Where(i => i.Compared).Select(i => i.Code).Should().OnlyContain(c => RecommendationCatalog.For(c) != null);
    }
}

/// <summary>The recommendations of the samples as the pages show them.</summary>
[Collection("site")]
public class RecommendationTextTests(SiteFixture site)
{
    [Fact]
    public void AMunicipalityWithoutRecommendationsIsToldHowManyOfItsFiguresWereAssessed()
    {
        // «Рекомендаций нет: цели достигнуты…» was said whatever was behind it; now the count of compared
        // indicators with a published figure (suppressed ones are never assessed), counted here from the engine.
        var compared = IndicatorCatalog.All.Where(i => i.Compared && Analytics.Warehouse.Recommendations.RecommendationCatalog.For(i.Code) is not null).Select(i => i.Code).ToHashSet();
        var told = 0;
        var first = site.Values.Min(v => v.Year);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Site, "municipalities"), "*.html"))
        {
            var code = Path.GetFileNameWithoutExtension(file);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var block in page.QuerySelectorAll("div[data-year]:not(.banner)"))
            {
                if (block.QuerySelector("ol.recommendations") is not null || page.QuerySelector($".no-data[data-year='{block.GetAttribute("data-year")}']") is not null)
                {
                    continue;
                }
                var year = int.Parse(block.GetAttribute("data-year")!, System.Globalization.CultureInfo.InvariantCulture);
                var mine = site.Values.Where(v => v.Level == "municipality" && v.EntityCode == code && v.Year == year && compared.Contains(v.Indicator)).ToList();
                var assessed = mine.Count(v => !v.Suppressed && v.Value is not null);
                var hidden = mine.Count(v => v.Suppressed);
                var missing = compared.Count - assessed - hidden; // no value row, or a value without a figure
                var expected = assessed == 0
                    ? $"Рекомендации не формировались: значения сопоставимых показателей муниципалитета за {year} год скрыты (мало данных) или не рассчитаны."
                    : $"Рекомендаций нет: по {assessed} из {compared.Count} сопоставимых показателей цели достигнуты или отставание незначимо, "
                      // The decline rule needs two years before (seen: «ухудшения два года подряд нет» in the samples' first year).
                      + (year - 2 >= first ? "ухудшения два года подряд нет" : $"ухудшение два года подряд не оценивалось: данных за {year - 2} год нет")
                      + (hidden + missing > 0 ? "; не оценивались: " + string.Join(", ", new[] { hidden > 0 ? $"скрытые (мало данных) — {hidden}" : null, missing > 0 ? $"не рассчитанные (нет данных) — {missing}" : null }.OfType<string>()) : "") + ".";
                block.QuerySelectorAll("p").Select(p => p.TextContent).Should().Contain(expected, $"{code} {year}");
                told++;
            }
        }
        told.Should().BeGreaterThan(0);
    }

    [Fact]
    public void TheFirstYearsSetDoesNotCountImprovementsItCouldNotAssess()
    {
        // Seen on effectiveness.html at 2021, the samples' first year: «…; значимое улучшение отмечено в 0 случаях» —
        // as if no municipality had improved, where nothing could be compared: there is no 2020.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "effectiveness.html")));
        string Summary(int year) => page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .QuerySelector("p:has(.set-status)")!.TextContent;
        var years = site.Values.Select(v => v.Year).Distinct().Order().ToList();
        Summary(years[0]).Should().EndWith($"; значимое улучшение не оценивалось: данных за {years[0] - 1} год нет.").And.NotContain("отмечено");
        // A later year counts its progress notes, as the rules draw them up.
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var notes = new RecommendationRules(new Analytics.Warehouse.Marts.MartReader(connection).All()).Draft(years[1]).Progress.Count;
        notes.Should().BePositive();
        Summary(years[1]).Should().EndWith($"; значимое улучшение отмечено в {notes} {RussianFormat.Plural(notes, "случае", "случаях", "случаях")}.");
    }

    [Fact]
    public void AGroupWithoutMunicipalitiesHasADashNotZeroOfZero()
    {
        // Seen in the samples' analysis of 2021's recommendations: ПК за 3 года recommended to all 26, and beside «МО без
        // рекомендации: 0 | —» the count of those improved read «0 из 0».
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "effectiveness.html")));
        var rows = page.QuerySelectorAll("table").Where(t => t.QuerySelector("th")?.TextContent == "Показатель")
            .SelectMany(t => t.QuerySelectorAll("tbody tr")).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();
        var empty = 0;
        foreach (var cells in rows)
        {
            foreach (var (count, improved) in new[] { (1, 3), (4, 6) })
            {
                if (cells[count] == "0")
                {
                    cells[improved].Should().Be("—", cells[0]);
                    empty++;
                }
                else
                {
                    cells[improved].Should().MatchRegex($"^\\d+ из {cells[count]}$", cells[0]);
                }
            }
        }
        empty.Should().BePositive("the samples recommend ПК за 3 года to every municipality in an analysed year");
        // The pack's table and workbook: «—» and an empty cell, not a count of 0.
        Pack.Cells.CountOf(0, 0).Should().Be(new Pack.PackCell("—"));
        Pack.Cells.CountOf(2, 5).Should().Be(new Pack.PackCell("2 из 5", 2, Pack.Cells.Whole));
    }

    [Fact]
    public void TheEffectivenessTableSaysWhichIndicatorsAreBetterLower()
    {
        // Seen: «Доля педагогов с дефицитом: предметные | 6 | −11,0 п. п.» beside «Обеспеченность ОО … | 25 | +0,3 п. п.» with
        // nothing to tell that the first fall is the improvement: a reader of the table took the sign for the judgement.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "effectiveness.html")));
        var rows = page.QuerySelectorAll("table").Where(t => t.QuerySelector("th")?.TextContent == "Показатель")
            .SelectMany(t => t.QuerySelectorAll("tbody tr")).Select(r => r.QuerySelector("td")!.TextContent).ToList();
        rows.Should().NotBeEmpty();
        var lower = 0;
        foreach (var cell in rows)
        {
            var indicator = IndicatorCatalog.All.Single(i => cell == i.Name || cell == i.Name + " (лучше меньше)");
            cell.Should().Be(indicator.Direction == Direction.Lower ? indicator.Name + " (лучше меньше)" : indicator.Name);
            lower += indicator.Direction == Direction.Lower ? 1 : 0;
        }
        lower.Should().BeGreaterThan(0, "the samples' analyses hold deficit shares");
        page.Body!.TextContent.Should().Contain("у показателей с пометкой «лучше меньше» улучшение — снижение");
        // A methodologist's caveat: the recommended are the laggards, who drift back towards the middle anyway.
        page.Body!.TextContent.Should().Contain("Разница между группами не доказывает действия рекомендаций");
    }

    [Fact]
    public void EveryRecommendationEndsWithAFullStopCarriesUnitsAndTheFullNameAndNoCode()
    {
        using var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        var results = new Analytics.Warehouse.Marts.MartReader(connection).All();
        // Drawn up on the day the site was built, as the site's draft is (no term already past that day).
        var built = DateOnly.FromDateTime(File.GetLastWriteTime(Path.Combine(site.Site, "index.html")));
        var rules = new RecommendationRules(results, built);
        var years = results.Values.Select(v => v.Year).Distinct().ToList();
        var all = years.SelectMany(y => rules.Draft(y).Items).ToList();
        all.Should().HaveCountGreaterThan(50);
        var codes = IndicatorCatalog.All.Select(i => i.Code).ToList();
        foreach (var r in all)
        {
            var indicator = IndicatorCatalog.Find(r.Indicator)!;
            r.Text.Should().EndWith(".").And.NotContain("..").And.StartWith(indicator.Name + ": ");
            r.Text.Should().MatchRegex(indicator.Unit == "%" ? "\\d\u00A0%" : $"(\\d\u00A0{System.Text.RegularExpressions.Regex.Escape(indicator.Unit)}|{indicator.ZeroDenominator ?? "—"})");
            codes.Where(c => r.Text.Contains(c, StringComparison.Ordinal)).Should().BeEmpty();
        }
        all.GroupBy(r => (r.Year, r.Municipality)).Max(g => g.Count()).Should().BeLessThanOrEqualTo(5);
        // The page of a municipality lists exactly its recommendations of the latest year, marked as a draft.
        var latest = years.Max();
        var first = all.Where(r => r.Year == latest).GroupBy(r => r.Municipality).First();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", first.Key + ".html")));
        var block = page.QuerySelectorAll("div[data-year]").Single(d => d.GetAttribute("data-year") == latest.ToString(System.Globalization.CultureInfo.InvariantCulture));
        block.QuerySelectorAll("ol.recommendations li").Select(li => li.TextContent).Should().Equal(first.OrderBy(r => r.Position).Select(r => r.Text));
        block.QuerySelector(".set-status")!.TextContent.Should().StartWith("проект");
    }
}
