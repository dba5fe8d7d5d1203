using System.Reflection;
using System.Text;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// docs/warehouse.md, generated from the warehouse's own comments (Schema/005_comments.sql as a
/// fresh warehouse carries them) and the example queries of Sql/Examples, so that the document
/// cannot drift from the schema: the tables in the order they are created, each column with its
/// type and meaning, then the examples.
/// </summary>
public static class WarehouseDocument
{
    /// <summary>An example query: its title (the first comment line) and its SQL.</summary>
    public sealed record Example(string Title, string Sql);

    /// <summary>The example queries, in file order.</summary>
    public static IReadOnlyList<Example> Examples() =>
        typeof(WarehouseDocument).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Analytics.Warehouse.Sql.Examples.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => SqlScripts.Get("Sql/Examples/" + n["Analytics.Warehouse.Sql.Examples.".Length..]))
            .Select(text =>
            {
                var lines = text.Replace("\r", "", StringComparison.Ordinal).TrimEnd().Split('\n');
                return new Example(lines[0].TrimStart('-', ' '), string.Join('\n', lines.Skip(1)));
            })
            .ToList();

    /// <summary>The Markdown of the document.</summary>
    public static string Markdown()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        WarehouseSchema.Migrate(connection);
        var tables = connection.Query(
            "SELECT table_name, comment FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_oid",
            r => (Name: r.GetString(0), Comment: r.IsDBNull(1) ? "" : r.GetString(1)));
        var text = new StringBuilder();
        text.Append("""
            # The warehouse: tables and columns

            Generated from the comments the warehouse carries (`COMMENT ON`, from
            `warehouse/Analytics.Warehouse/Schema/005_comments.sql`) by `./analytics schema --out docs/warehouse.md`;
            a test keeps this file equal to them. Any client reads the same text: `SELECT table_name, comment FROM
            duckdb_tables()` and `SELECT table_name, column_name, comment FROM duckdb_columns()`.

            Open the warehouse read-only from another program (`duckdb -readonly out/warehouse.duckdb`, or
            `ACCESS_MODE=READ_ONLY` in a connection string) while no load runs: DuckDB has one writer at a time.
            The figures of the indicators are in the marts (`mart_indicator`, `mart_gap`, `mart_standing`),
            refreshed after every load; they hold the owner's full figures with the `suppressed` flag, so a
            report for publication filters `NOT suppressed` (or uses the `indicators` command, which masks them).
            Persons are pseudonyms only: no name, СНИЛС or birth date is stored (docs/privacy.md).


            """);
        foreach (var (name, comment) in tables)
        {
            text.Append("## `").Append(name).Append("`\n\n").Append(comment).Append("\n\n| column | type | meaning |\n| --- | --- | --- |\n");
            foreach (var (column, type, meaning) in connection.Query(
                "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $table ORDER BY column_index",
                r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? "" : r.GetString(2)), ("table", name)))
            {
                text.Append("| `").Append(column).Append("` | ").Append(type).Append(" | ").Append(meaning.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
            text.Append('\n');
        }
        text.Append("## Example queries\n\nEach runs as it is on a loaded warehouse (a test runs them on the samples).\n\n");
        foreach (var example in Examples())
        {
            text.Append(example.Title).Append("\n\n```sql\n").Append(example.Sql).Append("\n```\n\n");
        }
        return text.ToString().TrimEnd() + "\n";
    }
}
