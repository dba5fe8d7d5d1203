using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Recommendations;

namespace Analytics.Dashboards.Cycle;

/// <summary>One indicator's recommended municipalities against the others: their changes over the year.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="With">Municipalities recommended on it with a value in both years.</param>
/// <param name="MeanChangeWith">Their mean change (in the indicator's unit; null when none).</param>
/// <param name="ImprovedWith">Of them, those that improved significantly.</param>
/// <param name="Without">Municipalities not recommended on it, with a value in both years.</param>
/// <param name="MeanChangeWithout">Their mean change.</param>
/// <param name="ImprovedWithout">Of them, those that improved significantly.</param>
public sealed record IndicatorEffect(string Indicator, int With, double? MeanChangeWith, int ImprovedWith, int Without, double? MeanChangeWithout, int ImprovedWithout);

/// <summary>A municipality that got the same recommendation two years running, with the indicators.</summary>
public sealed record DecisionNeeded(string Municipality, List<string> Indicators);

/// <summary>The analysis of effectiveness of the recommendations of <see cref="PreviousYear"/> in <see cref="Year"/>.</summary>
public sealed record EffectivenessReport(
    int Year, int PreviousYear, RecommendationSet Recommended,
    int Evaluated, int Improved, int WithMeasure, int ImprovedWithMeasure, int WithoutMeasure, int ImprovedWithoutMeasure,
    List<IndicatorEffect> Indicators, List<DecisionNeeded> NeedDecision)
{
    /// <summary>The recommendations of the previous year.</summary>
    public int Recommendations => Recommended.Items.Count;
}

/// <summary>
/// The analysis of effectiveness of the measures taken (seed 001): for the recommendations of
/// year Y−1, the change of their indicator in Y for the recommended municipalities against the
/// others, how many were followed by a significant improvement, how many had a recorded measure
/// (not cancelled), and the municipalities recommended on the same indicator in Y−1 and in Y.
/// </summary>
public static class Effectiveness
{
    /// <summary>Computes the report; <paramref name="current"/> is the set of <paramref name="year"/>.</summary>
    public static EffectivenessReport Analyse(IndicatorResults data, RecommendationSet previous, RecommendationSet current, IReadOnlyList<MeasureRecord> measures, int year)
    {
        var values = data.Values.Where(v => v.Level == IndicatorValue.Municipality && !v.Suppressed && v.Value is not null)
            .ToDictionary(v => (v.Indicator, v.Year, v.EntityCode));
        (IndicatorValue Before, IndicatorValue After)? Pair(string indicator, string municipality) =>
            values.TryGetValue((indicator, year - 1, municipality), out var b) && values.TryGetValue((indicator, year, municipality), out var a) ? (b, a) : null;
        bool Improved(IndicatorDefinition indicator, (IndicatorValue Before, IndicatorValue After) p) =>
            RecommendationRules.Changed(indicator, p.Before, p.After) && indicator.Meets(p.After.Value!.Value, p.Before.Value!.Value) && p.After.Value != p.Before.Value;
        var taken = measures.Where(m => m.Status != "cancelled").Select(m => (m.Municipality, m.Indicator, m.Year)).ToHashSet();
        bool Measured(Recommendation r) => taken.Contains((r.Municipality, r.Indicator, r.Year));

        var evaluated = previous.Items.Select(r => (R: r, Indicator: IndicatorCatalog.Find(r.Indicator)!, Pair: Pair(r.Indicator, r.Municipality)))
            .Where(e => e.Pair is not null).Select(e => (e.R, e.Indicator, Pair: e.Pair!.Value, Improved: Improved(e.Indicator, e.Pair!.Value), Measured: Measured(e.R))).ToList();
        var municipalities = data.Values.Where(v => v.Level == IndicatorValue.Municipality).Select(v => v.EntityCode).Distinct().ToList();
        var indicators = previous.Items.Select(r => r.Indicator).Distinct()
            .OrderBy(IndicatorCatalog.Order).Select(code =>
            {
                var indicator = IndicatorCatalog.Find(code)!;
                var recommended = previous.Items.Where(r => r.Indicator == code).Select(r => r.Municipality).ToHashSet();
                var with = recommended.Select(m => Pair(code, m)).OfType<(IndicatorValue Before, IndicatorValue After)>().ToList();
                var without = municipalities.Where(m => !recommended.Contains(m)).Select(m => Pair(code, m)).OfType<(IndicatorValue Before, IndicatorValue After)>().ToList();
                return new IndicatorEffect(code,
                    with.Count, with.Count == 0 ? null : with.Average(p => p.After.Value!.Value - p.Before.Value!.Value), with.Count(p => Improved(indicator, p)),
                    without.Count, without.Count == 0 ? null : without.Average(p => p.After.Value!.Value - p.Before.Value!.Value), without.Count(p => Improved(indicator, p)));
            }).ToList();
        var before = previous.Items.Select(p => (p.Municipality, p.Indicator)).ToHashSet();
        var repeated = current.Items.Where(r => before.Contains((r.Municipality, r.Indicator)))
            .GroupBy(r => r.Municipality)
            .Select(g => new DecisionNeeded(g.Key, g.OrderBy(r => r.Position).Select(r => r.Indicator).ToList()))
            .OrderBy(d => d.Municipality, StringComparer.Ordinal).ToList();
        return new EffectivenessReport(year, year - 1, previous,
            evaluated.Count, evaluated.Count(e => e.Improved),
            evaluated.Count(e => e.Measured), evaluated.Count(e => e.Measured && e.Improved),
            evaluated.Count(e => !e.Measured), evaluated.Count(e => !e.Measured && e.Improved),
            indicators, repeated);
    }
}
