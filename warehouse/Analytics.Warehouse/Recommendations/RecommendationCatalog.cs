using Analytics.Contract;
using Analytics.Warehouse.Indicators;

namespace Analytics.Warehouse.Recommendations;

/// <summary>When a recommendation is due (docs/recommendations.md).</summary>
public enum RecommendationCondition
{
    /// <summary>The value misses the year's target, and the difference is significant (its 95 % interval excludes the target, or it has no interval).</summary>
    MissesTarget,

    /// <summary>The value worsened significantly in each of the last two years.</summary>
    WorsenedTwoYears,

    /// <summary>The value is significantly worse than the median municipality.</summary>
    WorseThanMedian,
}

/// <summary>A condition with its severity (3 = the highest) and its Russian name.</summary>
public sealed record ConditionRule(RecommendationCondition Condition, int Severity, string Name);

/// <summary>
/// What a municipality is recommended to do about one indicator: the action (a phrase that
/// follows «Рекомендуется»), the responsible bodies (codes of <see cref="Vocabulary.ResponsibleBodies"/>)
/// and the usual term (a day of the year after the recommendation's year, <see cref="Deadline"/>).
/// </summary>
public sealed record IndicatorAdvice(string Indicator, string Action, string[] Responsible, Deadline Term);

/// <summary>
/// The recommendation rules, declared once as data beside the indicator catalog: the conditions
/// with their severities, the action, responsible bodies and term per indicator, the limits.
/// The site, the collegium pack and the <c>recommendations</c> command all apply these.
/// </summary>
public static class RecommendationCatalog
{
    /// <summary>A municipality gets at most this many recommendations in a year, the most severe first.</summary>
    public const int MaxPerMunicipality = 5;

    /// <summary>
    /// For a value without a 95 % interval (not a share of persons), a difference is significant
    /// when it exceeds this share of the baseline (the median, or the previous year's value).
    /// </summary>
    public const double RelativeTolerance = 0.2;

    /// <summary>The conditions, the most severe first.</summary>
    public static readonly IReadOnlyList<ConditionRule> Conditions =
    [
        new(RecommendationCondition.MissesTarget, 3, "целевое значение не достигнуто"),
        new(RecommendationCondition.WorsenedTwoYears, 2, "ухудшение два года подряд"),
        new(RecommendationCondition.WorseThanMedian, 1, "значимо хуже медианы муниципалитетов"),
    ];

    private static readonly string[] MmsCnppm = ["mms", "cnppm"], MmsHeads = ["mms", "heads"], MouoTogirro = ["mouo", "togirro"],
        HeadsMouo = ["heads", "mouo"], Mouo = ["mouo"], CnppmMms = ["cnppm", "mms"];

    /// <summary>The advice per indicator (every compared indicator has one; a test checks it).</summary>
    public static readonly IReadOnlyList<IndicatorAdvice> Advice =
    [
        new("diag_coverage", "провести диагностику профессиональных дефицитов педагогов, не прошедших её, и разобрать её результаты с руководителями ОО", MmsHeads, new Deadline(4, 1)),
        new("deficit_rate", "по итогам диагностики разработать ИОМ педагогам с выявленными дефицитами и включить в них курсы ДПП, направленные на устранение дефицитов", MmsCnppm, new Deadline(3, 1)),
        .. Vocabulary.DeficitAreas.Select(a => new IndicatorAdvice("deficit_rate." + a.Code,
            $"по итогам диагностики разработать ИОМ педагогам с дефицитами в области «{a.Name}» и включить в них курсы ДПП, направленные на устранение этих дефицитов", MmsCnppm, new Deadline(3, 1))),
        new("route_share", "разработать ИОМ всем педагогам, у которых диагностика выявила дефициты", MmsCnppm, new Deadline(3, 1)),
        new("route_tutor_share", "закрепить за педагогами с ИОМ тьюторов из регионального методического актива", CnppmMms, new Deadline(3, 1)),
        new("frdpp_diag_share", "спланировать обучение педагогов по программам из федерального реестра ДПП, подобранным по результатам диагностики", MouoTogirro, new Deadline(9, 1)),
        new("pd_share", "спланировать повышение квалификации педагогов по программам ДПП, подобранным с учётом выявленных дефицитов", MouoTogirro, new Deadline(9, 1)),
        new("pd_3y_share", "обеспечить повышение квалификации педагогов, не обучавшихся три года и более", MouoTogirro, new Deadline(9, 1)),
        .. IndicatorCatalog.All.Where(i => i.Code.StartsWith("topic_share.", StringComparison.Ordinal)).Select(i => new IndicatorAdvice(i.Code,
            $"направить педагогов на курсы повышения квалификации по тематике «{i.Name[(i.Name.IndexOf(": ", StringComparison.Ordinal) + 2)..]}»", MouoTogirro, new Deadline(9, 1))),
        new("preschool_pd_share", "спланировать повышение квалификации педагогов дошкольных образовательных организаций", MouoTogirro, new Deadline(9, 1)),
        new("young_support_share", "закрепить наставников за молодыми педагогами первых трёх лет работы и включить их в формы сопровождения", HeadsMouo, new Deadline(10, 1)),
        new("mgmt_team_share", "направить управленческие команды ОО на программы повышения квалификации управленческих кадров", MouoTogirro, new Deadline(9, 1)),
        new("teachers_per_methodist", "включить педагогов муниципалитета в региональный методический актив (методисты, тьюторы, эксперты)", CnppmMms, new Deadline(9, 1)),
        new("methodical_active_per_1000", "включить педагогов муниципалитета в региональный методический актив (методисты, тьюторы, эксперты)", CnppmMms, new Deadline(9, 1)),
        new("staffing_rate", "принять меры по укомплектованию ОО кадрами: целевое обучение, привлечение молодых специалистов, меры поддержки при переезде", Mouo, new Deadline(9, 1)),
        new("vacancy_rate", "принять меры по замещению вакантных ставок: целевое обучение, привлечение молодых специалистов, перераспределение нагрузки", Mouo, new Deadline(9, 1)),
    ];

    /// <summary>The advice for an indicator, or null.</summary>
    public static IndicatorAdvice? For(string indicator) => Advice.FirstOrDefault(a => a.Indicator == indicator);

    /// <summary>The Russian names of the responsible bodies.</summary>
    public static string Bodies(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => Vocabulary.NameOf(Vocabulary.ResponsibleBodies, c)));
}
