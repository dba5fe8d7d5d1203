using System.Data;

namespace Analytics.Warehouse.Indicators;

/// <summary>How a row of the engine's tables or of the marts becomes a record (the same columns in both).</summary>
public static class IndicatorRows
{
    /// <summary>indicator, year, level, entity_code, entity_name, municipality_code, numerator, denominator, value, target, meets_target, suppressed.</summary>
    public static IndicatorValue Value(IDataRecord r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), String(r, 4), String(r, 5), Double(r, 6), Double(r, 7), Double(r, 8))
        {
            Target = Double(r, 9),
            MeetsTarget = r.IsDBNull(10) ? null : r.GetBoolean(10),
            Suppressed = r.GetBoolean(11),
        };

    /// <summary>indicator, year, n, min, max, range, ratio, mean, sd, cv, region_value, meeting_target.</summary>
    public static GapRow Gap(IDataRecord r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetInt32(2), Double(r, 3), Double(r, 4), Double(r, 5), Double(r, 6), Double(r, 7), Double(r, 8),
            Double(r, 9), Double(r, 10), r.IsDBNull(11) ? null : r.GetInt32(11));

    /// <summary>indicator, year, municipality_code, value, rank, of, gap_to_region, gap_to_target, change_from_previous_year.</summary>
    public static MunicipalityStanding Standing(IDataRecord r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetDouble(3), r.GetInt32(4), r.GetInt32(5), Double(r, 6), Double(r, 7), Double(r, 8));

    private static string? String(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Double(IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
