using Analytics.Contract;
using Analytics.Warehouse.Indicators;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// Brings a warehouse opened read-write up to date: the schema scripts (idempotent), then the
/// dimension rows that are declared in code — the deficit areas of the vocabulary and the
/// indicators of the catalog — rewritten only when they differ.
/// </summary>
public static class WarehouseSchema
{
    /// <summary>Runs the schema scripts and syncs the declared dimension rows.</summary>
    public static void Migrate(DuckDBConnection connection)
    {
        foreach (var script in SqlScripts.SchemaScripts())
        {
            connection.Execute(script);
        }
        DropPersonIndex(connection);
        Sync(connection, "dim_deficit_area",
            Vocabulary.DeficitAreas.Select((a, i) => new object[] { a.Code, a.Name, i + 1 }).ToList());
        Sync(connection, "dim_indicator",
            IndicatorCatalog.All.Select((d, i) => new object[] { d.Code, d.Name, d.Unit, d.Direction == Direction.Higher ? "higher" : "lower", i + 1 }).ToList());
    }

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
