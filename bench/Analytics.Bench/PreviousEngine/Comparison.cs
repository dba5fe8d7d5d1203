using DuckDB.NET.Data;

namespace Analytics.Bench.PreviousEngine;

/// <summary>Compares the previous engine's values with the product's (temp table indicator_values) in DuckDB.</summary>
public static class Comparison
{
    /// <summary>How many values of the previous engine are missing or differ (beyond the last bits of a double).</summary>
    public static long Mismatches(DuckDBConnection connection, IReadOnlyList<PreviousValue> previous)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE OR REPLACE TEMP TABLE previous_values (indicator VARCHAR, year INTEGER, level VARCHAR, entity_code VARCHAR, numerator DOUBLE, denominator DOUBLE, value DOUBLE, target DOUBLE, meets_target BOOLEAN, suppressed BOOLEAN)";
            command.ExecuteNonQuery();
        }
        using (var appender = connection.CreateAppender("temp", "main", "previous_values"))
        {
            foreach (var v in previous)
            {
                appender.CreateRow().AppendValue(v.Indicator).AppendValue(v.Year).AppendValue(v.Level).AppendValue(v.EntityCode)
                    .AppendValue(v.Numerator).AppendValue(v.Denominator).AppendValue(v.Value).AppendValue(v.Target).AppendValue(v.MeetsTarget).AppendValue(v.Suppressed).EndRow();
            }
        }
        using var compare = connection.CreateCommand();
        compare.CommandText = """
            SELECT count(*) FROM previous_values p
            LEFT JOIN indicator_values n USING (indicator, year, level, entity_code)
            WHERE n.indicator IS NULL
               OR p.numerator IS DISTINCT FROM n.numerator OR p.denominator IS DISTINCT FROM n.denominator
               OR p.target IS DISTINCT FROM n.target OR p.meets_target IS DISTINCT FROM n.meets_target OR p.suppressed <> n.suppressed
               OR (p.value IS NULL) <> (n.value IS NULL) OR abs(p.value - n.value) > 1e-9 * greatest(1, abs(p.value))
            """;
        return Convert.ToInt64(compare.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
