using Analytics.Contract;
using Analytics.Etl.Staging;
using Analytics.Etl.Validation;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Tests.Support;

/// <summary>Runs the cell rules the loader generates for one column over some values, on an in-memory DuckDB.</summary>
public static class CellRules
{
    /// <summary>The typed value (as text) and the refusal reason of each value, in order.</summary>
    public static List<(string? Typed, string? Reason)> Check(ColumnSpec column, params string?[] values)
    {
        var kind = new FileKind("probe", 1, [column], [column.Name]);
        var sql = new ContractSql(new HeaderMap(kind, [column.Name]));
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var stage = new StageDatabase(connection);
        connection.Execute(sql.CreateRaw());
        using (var appender = connection.CreateAppender(ContractSql.Stage, "main", "raw"))
        {
            for (var i = 0; i < values.Length; i++)
            {
                var row = appender.CreateRow().AppendValue((long)i + 2).AppendValue(false).AppendValue(false);
                (values[i] is null ? row.AppendNullValue() : row.AppendValue(values[i])).EndRow();
            }
        }
        connection.Execute(sql.Check());
        // A СНИЛС is typed as its 11-digit number: shown with its leading zeros.
        var typed = column.Kind == ValueKind.Snils ? $"lpad(CAST(\"{column.Target}\" AS VARCHAR), 11, '0')" : $"CAST(\"{column.Target}\" AS VARCHAR)";
        return connection.Query($"SELECT {typed}, \"r_{column.Name}\" FROM {ContractSql.Table("checked")} ORDER BY record",
            r => (r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)));
    }
}
