using System.Data;

namespace Analytics.Warehouse.Indicators;

/// <summary>How a row of the engine's tables or of the marts becomes a record (the same columns in both).</summary>
public static class IndicatorRows
{
    /// <summary>indicator, year, level, entity_code, entity_name, municipality_code, numerator, denominator, value, target, meets_target, suppressed[, ci_low, ci_high].</summary>
    public static IndicatorValue Value(IDataRecord r) => Value(r, text => text);

    /// <summary>
    /// The same mapping with the repeated texts (indicator, level, entity code and name,
    /// municipality) shared through one pool per read: an organization's name appears once per
    /// indicator and year, so a national read holds it once instead of dozens of times.
    /// </summary>
    public static Func<IDataRecord, IndicatorValue> PooledValue()
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string text)
        {
            if (pool.TryGetValue(text, out var kept))
            {
                return kept;
            }
            pool[text] = text;
            return text;
        }
        return r => Value(r, Shared);
    }

    private static IndicatorValue Value(IDataRecord r, Func<string, string> text) =>
        new(text(r.GetString(0)), r.GetInt32(1), text(r.GetString(2)), text(r.GetString(3)),
            r.IsDBNull(4) ? null : text(r.GetString(4)), r.IsDBNull(5) ? null : text(r.GetString(5)), Double(r, 6), Double(r, 7), Double(r, 8))
        {
            Target = Double(r, 9),
            MeetsTarget = r.IsDBNull(10) ? null : r.GetBoolean(10),
            Suppressed = r.GetBoolean(11),
            CiLow = r.FieldCount > 12 ? Double(r, 12) : null,
            CiHigh = r.FieldCount > 13 ? Double(r, 13) : null,
        };

    /// <summary>indicator, year, n, min, max, range, ratio, mean, sd, cv, region_value, meeting_target[, median].</summary>
    public static GapRow Gap(IDataRecord r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetInt32(2), Double(r, 3), Double(r, 4), Double(r, 5), Double(r, 6), Double(r, 7), Double(r, 8),
            Double(r, 9), Double(r, 10), r.IsDBNull(11) ? null : r.GetInt32(11))
        {
            Median = r.FieldCount > 12 ? Double(r, 12) : null,
        };

    /// <summary>indicator, year, municipality_code, value, rank, of, gap_to_region, gap_to_target, change_from_previous_year, median, gap_to_median, scaled_score, level_group, differs_from_target, differs_from_median.</summary>
    public static MunicipalityStanding Standing(IDataRecord r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), Double(r, 3), r.GetInt32(4), r.GetInt32(5), Double(r, 6), Double(r, 7), Double(r, 8))
        {
            Median = Double(r, 9),
            GapToMedian = Double(r, 10),
            ScaledScore = r.GetDouble(11),
            LevelGroup = r.GetString(12),
            DiffersFromTarget = r.IsDBNull(13) ? null : r.GetBoolean(13),
            DiffersFromMedian = r.IsDBNull(14) ? null : r.GetBoolean(14),
        };

    /// <summary>year, municipality_code, composite_index, groups, indicators, rank, of, level_group.</summary>
    public static CompositeIndex Composite(IDataRecord r) =>
        new(r.GetInt32(0), r.GetString(1), r.GetDouble(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetString(7));

    private static string? String(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Double(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
