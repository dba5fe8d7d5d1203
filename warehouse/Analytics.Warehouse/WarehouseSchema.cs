using Analytics.Contract;
using Analytics.Warehouse.Indicators;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// Brings a warehouse opened read-write up to date: the schema scripts (idempotent), then the
/// dimension rows that are declared in code — the deficit areas of the vocabulary and the
/// indicators of the catalog — rewritten only when they differ.
/// </summary>
public static partial class WarehouseSchema
{
    /// <summary>Runs the schema scripts and syncs the declared dimension rows.</summary>
    public static void Migrate(DuckDBConnection connection)
    {
        DropOutdatedMarts(connection);
        foreach (var (name, script) in SqlScripts.SchemaScripts())
        {
            if (name.EndsWith("_comments.sql", StringComparison.Ordinal))
            {
                ApplyComments(connection, script);
            }
            else
            {
                connection.Execute(script);
            }
        }
        DropPersonIndex(connection);
        Sync(connection, "dim_deficit_area",
            Vocabulary.DeficitAreas.Select((a, i) => new object[] { a.Code, a.Name, i + 1 }).ToList());
        Sync(connection, "dim_indicator",
            IndicatorCatalog.All.Select((d, i) => new object[] { d.Code, d.Name, d.Unit, d.Direction == Direction.Higher ? "higher" : "lower", i + 1 }).ToList());
    }

    /// <summary>
    /// Marts of an earlier layout (a column of the current one missing) are dropped with their
    /// state: they are derived data, recreated by the schema script and refilled by the next read.
    /// </summary>
    private static void DropOutdatedMarts(DuckDBConnection connection)
    {
        string[] required = ["mart_indicator.ci_high", "mart_gap.median", "mart_standing.level_group"];
        var present = connection.Query(
            "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name LIKE 'mart_%'",
            r => r.GetString(0)).ToHashSet();
        if (present.Count == 0 || required.All(present.Contains))
        {
            return;
        }
        connection.Execute("DROP TABLE IF EXISTS mart_indicator; DROP TABLE IF EXISTS mart_gap; DROP TABLE IF EXISTS mart_standing; DROP TABLE IF EXISTS mart_composite; DROP TABLE IF EXISTS mart_state;");
    }

    /// <summary>
    /// The <c>COMMENT ON</c> statements of a comments script whose comment differs from the
    /// warehouse's, only those: a warehouse that has them all is opened without a catalog change.
    /// </summary>
    private static void ApplyComments(DuckDBConnection connection, string script)
    {
        var current = connection.Query(
            "SELECT 'TABLE', table_name, comment FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' " +
            "UNION ALL SELECT 'COLUMN', table_name || '.' || column_name, comment FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main'",
            r => (Key: r.GetString(0) + " " + r.GetString(1), Comment: r.IsDBNull(2) ? null : r.GetString(2)))
            .ToDictionary(c => c.Key, c => c.Comment);
        var changed = CommentStatement().Matches(script)
            .Where(m => current.GetValueOrDefault(m.Groups["what"].Value + " " + m.Groups["target"].Value) != m.Groups["text"].Value.Replace("''", "'", StringComparison.Ordinal))
            .Select(m => m.Value)
            .ToList();
        if (changed.Count > 0)
        {
            connection.Execute(string.Join('\n', changed));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^COMMENT ON (?<what>TABLE|COLUMN) (?<target>[a-z_.]+) IS '(?<text>(?:[^']|'')*)';$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex CommentStatement();

    /// <summary>Warehouses made before the person dimension lost its primary key get the same table without it, once.</summary>
    private static void DropPersonIndex(DuckDBConnection connection)
    {
        if (connection.Scalar<long>("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'dim_person' AND constraint_type = 'PRIMARY KEY'") == 0)
        {
            return;
        }
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            CREATE TABLE dim_person_unindexed AS SELECT person_key FROM dim_person;
            DROP TABLE dim_person;
            ALTER TABLE dim_person_unindexed RENAME TO dim_person;
            """);
        transaction.Commit();
    }

    private static void Sync(DuckDBConnection connection, string table, List<object[]> rows)
    {
        static string Key(object?[] row) => string.Join('\u001f', row.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
        var current = connection.Query($"SELECT * FROM {table} ORDER BY sort_order", r =>
        {
            var values = new object?[r.FieldCount];
            r.GetValues(values!);
            return Key(values);
        });
        if (current.SequenceEqual(rows.Select(Key)))
        {
            return;
        }
        using var transaction = connection.BeginTransaction();
        connection.Execute($"DELETE FROM {table}");
        using (var appender = connection.CreateAppender(table))
        {
            foreach (var row in rows)
            {
                var appended = appender.CreateRow();
                foreach (var value in row)
                {
                    appended = value switch
                    {
                        string s => appended.AppendValue(s),
                        int i => appended.AppendValue(i),
                        _ => throw new InvalidOperationException(value.GetType().Name),
                    };
                }
                appended.EndRow();
            }
        }
        transaction.Commit();
    }
}
