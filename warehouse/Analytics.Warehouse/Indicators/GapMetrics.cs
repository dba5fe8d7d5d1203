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
        var rows = new List<GapRow>();
        var regions = values.Where(v => v.Level == IndicatorValue.Region).ToDictionary(v => (v.Indicator, v.Year));
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.HasMunicipalities))
        {
            foreach (var region in regions.Values.Where(r => r.Indicator == indicator.Code).OrderBy(r => r.Year))
            {
                var municipal = Published(values, indicator.Code, region.Year).ToList();
                var xs = municipal.Select(m => m.Value!.Value).ToList();
                if (xs.Count == 0)
                {
                    rows.Add(new GapRow(indicator.Code, region.Year, 0, null, null, null, null, null, null, null, region.Value,
                        region.Target is null ? null : 0));
                    continue;
                }
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
        var result = new List<MunicipalityStanding>();
        var regions = values.Where(v => v.Level == IndicatorValue.Region).ToDictionary(v => (v.Indicator, v.Year));
        var published = values.Where(v => v.Level == IndicatorValue.Municipality && v.Value is not null && !v.Suppressed)
            .ToDictionary(v => (v.Indicator, v.Year, v.EntityCode));
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.HasMunicipalities))
        {
            foreach (var year in regions.Keys.Where(k => k.Indicator == indicator.Code).Select(k => k.Year).Order())
            {
                var municipal = Published(values, indicator.Code, year).ToList();
                foreach (var m in municipal)
                {
                    var better = municipal.Count(o => indicator.Direction == Direction.Higher ? o.Value > m.Value : o.Value < m.Value);
                    var region = regions[(indicator.Code, year)].Value;
                    var previous = published.TryGetValue((indicator.Code, year - 1, m.EntityCode), out var p) ? p.Value : null;
                    result.Add(new MunicipalityStanding(indicator.Code, year, m.EntityCode, m.Value!.Value, better + 1, municipal.Count,
                        region is null ? null : m.Value - region, m.Target is null ? null : m.Value - m.Target,
                        previous is null ? null : m.Value - previous));
                }
            }
        }
        return result;
    }

    private static IEnumerable<IndicatorValue> Published(IReadOnlyList<IndicatorValue> values, string indicator, int year) =>
        values.Where(v => v.Indicator == indicator && v.Year == year && v.Level == IndicatorValue.Municipality && v.Value is not null && !v.Suppressed);
}
