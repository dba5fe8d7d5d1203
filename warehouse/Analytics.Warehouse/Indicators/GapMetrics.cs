namespace Analytics.Warehouse.Indicators;

/// <summary>The gap between municipalities for an indicator and a year (one row of <c>gaps</c>).</summary>
public sealed record GapRow(
    string Indicator, int Year, int N, double? Min, double? Max, double? Range, double? Ratio,
    double? Mean, double? Sd, double? Cv, double? RegionValue, int? MeetingTarget);

/// <summary>A municipality's standing for an indicator and a year.</summary>
public sealed record MunicipalityStanding(
    string Indicator, int Year, string Municipality, double Value, int Rank, int Of,
    double? GapToRegion, double? GapToTarget, double? ChangeFromPreviousYear);

/// <summary>
/// Gap metrics over the municipality rows that have a value and are not suppressed: n, min, max,
/// range, ratio (empty if min = 0), mean (unweighted), population sd, cv = sd / mean (empty if
/// mean = 0), the region value and how many meet the target; and each municipality's rank
/// (1 = best by the indicator's direction; ties share the better rank), gaps and change.
/// </summary>
public static class GapMetrics
{
    /// <summary>One row per indicator with a municipality level and year.</summary>
    public static List<GapRow> Gaps(IReadOnlyList<IndicatorValue> values)
    {
        var published = PublishedByIndicatorYear(values);
        var regions = RegionsByIndicator(values);
        var rows = new List<GapRow>();
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.HasMunicipalities))
        {
            foreach (var region in regions[indicator.Code].OrderBy(v => v.Year))
            {
                var municipal = published[(indicator.Code, region.Year)].ToList();
                if (municipal.Count == 0)
                {
                    rows.Add(new GapRow(indicator.Code, region.Year, 0, null, null, null, null, null, null, null, region.Value,
                        region.Target is null ? null : 0));
                    continue;
                }
                var xs = municipal.Select(m => m.Value!.Value).ToList();
                var min = xs.Min();
                var max = xs.Max();
                var mean = xs.Average();
                var sd = Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / xs.Count);
                rows.Add(new GapRow(indicator.Code, region.Year, xs.Count, min, max, max - min,
                    min == 0 ? null : max / min, mean, sd, mean == 0 ? null : sd / mean, region.Value,
                    region.Target is null ? null : municipal.Count(m => m.MeetsTarget == true)));
            }
        }
        return rows;
    }

    /// <summary>Each published municipality value with its rank, gaps and change.</summary>
    public static List<MunicipalityStanding> Standings(IReadOnlyList<IndicatorValue> values)
    {
        var published = PublishedByIndicatorYear(values);
        var previousValues = published.SelectMany(g => g).ToDictionary(v => (v.Indicator, v.Year, v.EntityCode), v => v.Value!.Value);
        var regions = RegionsByIndicator(values);
        var result = new List<MunicipalityStanding>();
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.HasMunicipalities))
        {
            foreach (var region in regions[indicator.Code].OrderBy(v => v.Year))
            {
                var ordered = indicator.Direction == Direction.Higher
                    ? published[(indicator.Code, region.Year)].OrderByDescending(v => v.Value).ToList()
                    : published[(indicator.Code, region.Year)].OrderBy(v => v.Value).ToList();
                var rank = 0;
                for (var i = 0; i < ordered.Count; i++)
                {
                    var m = ordered[i];
                    if (i == 0 || ordered[i - 1].Value != m.Value)
                    {
                        rank = i + 1; // ties share the better rank
                    }
                    double? previous = previousValues.TryGetValue((indicator.Code, region.Year - 1, m.EntityCode), out var p) ? p : null;
                    result.Add(new MunicipalityStanding(indicator.Code, region.Year, m.EntityCode, m.Value!.Value, rank, ordered.Count,
                        region.Value is null ? null : m.Value - region.Value, m.Target is null ? null : m.Value - m.Target,
                        previous is null ? null : m.Value - previous));
                }
            }
        }
        return result;
    }

    private static ILookup<string, IndicatorValue> RegionsByIndicator(IReadOnlyList<IndicatorValue> values) =>
        values.Where(v => v.Level == IndicatorValue.Region).ToLookup(v => v.Indicator);

    private static ILookup<(string Indicator, int Year), IndicatorValue> PublishedByIndicatorYear(IReadOnlyList<IndicatorValue> values) =>
        values.Where(v => v.Level == IndicatorValue.Municipality && v.Value is not null && !v.Suppressed).ToLookup(v => (v.Indicator, v.Year));
}
