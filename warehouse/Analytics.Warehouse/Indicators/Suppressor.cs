namespace Analytics.Warehouse.Indicators;

/// <summary>
/// Primary and complementary suppression of the person-based shares at the municipality and
/// organization levels (see docs/indicators.md). Primary: a denominator from 1 to MinCell − 1.
/// Complementary: where exactly one municipality of an indicator and year is primarily
/// suppressed, the one with the next smallest non-zero denominator (ties: the smaller code) is
/// suppressed too; the same among the organizations of one municipality.
/// </summary>
public static class Suppressor
{
    /// <summary>Returns the rows with <see cref="IndicatorValue.Suppressed"/> set.</summary>
    public static List<IndicatorValue> Apply(IReadOnlyList<IndicatorValue> rows, int minCell)
    {
        var personBased = IndicatorCatalog.All.Where(i => i.PersonBased).Select(i => i.Code).ToHashSet();
        var suppressed = new HashSet<IndicatorValue>(ReferenceEqualityComparer.Instance);
        bool Primary(IndicatorValue v) => v.Denominator is > 0 && v.Denominator < minCell;

        foreach (var group in rows.Where(r => personBased.Contains(r.Indicator) && r.Level != IndicatorValue.Region)
                     .GroupBy(r => (r.Indicator, r.Year, r.Level, Parent: r.Level == IndicatorValue.Organization ? r.MunicipalityCode : null)))
        {
            var primary = group.Where(Primary).ToList();
            suppressed.UnionWith(primary);
            if (primary.Count == 1)
            {
                var next = group.Where(r => !Primary(r) && r.Denominator is > 0)
                    .OrderBy(r => r.Denominator)
                    .ThenBy(r => r.EntityCode, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (next is not null)
                {
                    suppressed.Add(next);
                }
            }
        }
        return rows.Select(r => suppressed.Contains(r) ? r with { Suppressed = true } : r).ToList();
    }
}
