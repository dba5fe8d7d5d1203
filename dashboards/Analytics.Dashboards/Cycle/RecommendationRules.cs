using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Recommendations;

namespace Analytics.Dashboards.Cycle;

/// <summary>
/// Applies the rules of <see cref="RecommendationCatalog"/> to a year's published figures: per
/// municipality and compared indicator the most severe condition that holds gives one
/// recommendation; a significant improvement this year is named as progress instead; at most
/// <see cref="RecommendationCatalog.MaxPerMunicipality"/> per municipality, the most severe first.
/// A met target settles an indicator. No rule depends on a municipality's rank, so no fixed share
/// of municipalities is ever flagged.
/// </summary>
public sealed class RecommendationRules
{
    private readonly Dictionary<(string, int, string), IndicatorValue> _values;
    private readonly IndicatorResults _data;

    private readonly DateOnly? _drawnUp;

    /// <summary>
    /// The rules over the published figures (suppressed values are never used); a set drawn up on
    /// <paramref name="drawnUp"/> gets no term already past on that day (<see cref="Deadline"/>).
    /// </summary>
    public RecommendationRules(IndicatorResults data, DateOnly? drawnUp = null)
    {
        _data = data;
        _drawnUp = drawnUp;
        _values = data.Values.Where(v => v.Level == IndicatorValue.Municipality && !v.Suppressed)
            .ToDictionary(v => (v.Indicator, v.Year, v.EntityCode));
    }

    /// <summary>The year's draft set: recommendations and progress notes.</summary>
    public RecommendationSet Draft(int year)
    {
        var problems = new List<Recommendation>();
        var progress = new List<ProgressNote>();
        var scores = new Dictionary<Recommendation, double>();
        foreach (var s in _data.Standings.Where(s => s.Year == year))
        {
            var indicator = IndicatorCatalog.Find(s.Indicator);
            if (indicator is not { Compared: true } || RecommendationCatalog.For(indicator.Code) is not { } advice)
            {
                continue;
            }
            var now = Get(indicator, year, s.Municipality);
            var before = Get(indicator, year - 1, s.Municipality);
            if (now?.Value is { } v && before?.Value is { } b && Changed(indicator, before, now) && indicator.Meets(v, b) && v != b)
            {
                var target = now.Target;
                progress.Add(new ProgressNote(year, s.Municipality, indicator.Code,
                    RussianFormat.Sentence($"{indicator.Name}: значимое улучшение за год — с {RussianFormat.Value(indicator, b)} до {RussianFormat.Value(indicator, v)}"
                        + (target is { } t && !indicator.Meets(v, t) ? $"; целевое значение {RussianFormat.Value(indicator, t)} пока не достигнуто" : ""))));
                continue;
            }
            if (now?.Target is { } met && now.Value is { } value && indicator.Meets(value, met))
            {
                continue; // a target that is met settles the indicator: no comparison rule overrides it
            }
            var fired = RecommendationCatalog.Conditions.FirstOrDefault(c => Holds(c.Condition, indicator, s, year));
            if (fired is null)
            {
                continue;
            }
            var (reason, baseline) = Reason(fired.Condition, indicator, s, year);
            var term = advice.Term.Text(year, _drawnUp);
            var bodies = RecommendationCatalog.Bodies(advice.Responsible);
            var text = $"{indicator.Name}: {reason}. Рекомендуется {advice.Action}. Ответственные: {bodies}. Срок — {term}.";
            var item = new Recommendation(year, s.Municipality, indicator.Code, fired.Condition, fired.Severity, 0, s.Value, baseline, text, bodies, term);
            problems.Add(item);
            scores[item] = s.ScaledScore;
        }
        var items = problems.GroupBy(p => p.Municipality)
            .SelectMany(g => g.OrderByDescending(p => p.Severity).ThenBy(p => scores[p]).ThenBy(p => IndicatorCatalog.Order(p.Indicator))
                .Take(RecommendationCatalog.MaxPerMunicipality)
                .Select((p, i) => p with { Position = i + 1 }))
            .OrderBy(p => p.Municipality, StringComparer.Ordinal).ThenBy(p => p.Position).ToList();
        return new RecommendationSet(year, items, progress.OrderBy(p => p.Municipality, StringComparer.Ordinal).ThenBy(p => IndicatorCatalog.Order(p.Indicator)).ToList(), null);
    }

    private IndicatorValue? Get(IndicatorDefinition indicator, int year, string municipality) =>
        _values.GetValueOrDefault((indicator.Code, year, municipality));

    private bool Holds(RecommendationCondition condition, IndicatorDefinition indicator, MunicipalityStanding s, int year)
    {
        switch (condition)
        {
            case RecommendationCondition.MissesTarget:
                return Get(indicator, year, s.Municipality)?.Target is { } t
                    && (s.Value is not { } v || !indicator.Meets(v, t))
                    && s.DiffersFromTarget != false; // within the interval of a small population: not significant
            case RecommendationCondition.WorsenedTwoYears:
                var now = Get(indicator, year, s.Municipality);
                var before = Get(indicator, year - 1, s.Municipality);
                var earlier = Get(indicator, year - 2, s.Municipality);
                return now?.Value is { } a && before?.Value is { } b && earlier?.Value is { } c
                    && Worse(indicator, b, a) && Worse(indicator, c, b)
                    && Changed(indicator, before, now) && Changed(indicator, earlier, before);
            case RecommendationCondition.WorseThanMedian:
                if (s.Median is not { } median)
                {
                    return false;
                }
                if (s.Value is not { } value)
                {
                    return true; // the zero-denominator case (staff and no methodist) is the worst
                }
                return Worse(indicator, median, value) && (s.DiffersFromMedian is { } differs
                    ? differs
                    : Math.Abs(value - median) > RecommendationCatalog.RelativeTolerance * Math.Abs(median));
            default:
                return false;
        }
    }

    private (string Reason, double? Baseline) Reason(RecommendationCondition condition, IndicatorDefinition indicator, MunicipalityStanding s, int year)
    {
        var shown = RussianFormat.Standing(indicator, s.Value, Get(indicator, year, s.Municipality)?.Target);
        var place = "место " + RussianFormat.Place(s.Rank, s.Of);
        switch (condition)
        {
            case RecommendationCondition.MissesTarget:
                var t = Get(indicator, year, s.Municipality)!.Target!.Value;
                return ($"{shown} при целевом значении {RussianFormat.Value(indicator, t)}, {place}", t);
            case RecommendationCondition.WorsenedTwoYears:
                var b = Get(indicator, year - 1, s.Municipality)!.Value!.Value;
                var c = Get(indicator, year - 2, s.Municipality)!.Value!.Value;
                return ($"ухудшение два года подряд — {RussianFormat.Value(indicator, c)} в {year - 2} году, {RussianFormat.Value(indicator, b)} в {year - 1} году, {shown} в {year} году", c);
            default:
                return ($"{shown} при медиане муниципалитетов {RussianFormat.Value(indicator, s.Median!.Value)}, {place}", s.Median);
        }
    }

    private static bool Worse(IndicatorDefinition indicator, double before, double after) =>
        indicator.Direction == Direction.Higher ? after < before : after > before;

    /// <summary>
    /// Whether a change between two values is significant: for a share of persons, the two-proportion
    /// z-test at 95 %; otherwise a change larger than <see cref="RecommendationCatalog.RelativeTolerance"/>
    /// of the earlier value.
    /// </summary>
    public static bool Changed(IndicatorDefinition indicator, IndicatorValue before, IndicatorValue after)
    {
        if (before.Value is not { } a || after.Value is not { } b)
        {
            return false;
        }
        if (indicator is { PersonBased: true, Measure: Measure.Share }
            && before is { Numerator: { } x1, Denominator: { } n1 } && after is { Numerator: { } x2, Denominator: { } n2 } && n1 > 0 && n2 > 0)
        {
            var pooled = (x1 + x2) / (n1 + n2);
            var se = Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
            return se == 0 ? x1 / n1 != x2 / n2 : Math.Abs(x2 / n2 - x1 / n1) / se > 1.959963984540054;
        }
        return a == 0 ? b != 0 : Math.Abs(b - a) > RecommendationCatalog.RelativeTolerance * Math.Abs(a);
    }
}
