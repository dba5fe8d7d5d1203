using Analytics.Etl.Validation;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Staging;

/// <summary>
/// The in-memory database attached beside the warehouse for the length of a run: every staged
/// cell, every raw СНИЛС and the run's pseudonym cache live there, never in the warehouse file or
/// its WAL. Detached (and so freed) when the run ends.
/// </summary>
public sealed class StageDatabase : IDisposable
{
    private readonly DuckDBConnection _connection;

    /// <summary>Attaches the stage database and creates the run's pseudonym cache.</summary>
    public StageDatabase(DuckDBConnection connection)
    {
        _connection = connection;
        connection.Execute($"ATTACH IF NOT EXISTS ':memory:' AS {ContractSql.Stage};");
        connection.Execute($"CREATE OR REPLACE TABLE {ContractSql.Table("persons")} (snils BIGINT, person_key UUID);");
    }

    /// <summary>Sets how records map to lines: line = record + the shift of the last breakpoint at or before it.</summary>
    public void SetLines(IReadOnlyList<(long Record, long Offset)> breakpoints)
    {
        _connection.Execute($"CREATE OR REPLACE TABLE {ContractSql.Table("lines")} (record BIGINT, shift BIGINT);");
        using var appender = _connection.CreateAppender(ContractSql.Stage, "main", "lines");
        foreach (var (record, offset) in breakpoints.Count > 0 ? breakpoints : [(0L, 0L)])
        {
            appender.CreateRow().AppendValue(record).AppendValue(offset).EndRow();
        }
    }

    /// <summary>Drops the tables of one file (the pseudonym cache stays for the run).</summary>
    public void Clear()
    {
        var tables = _connection.Query(
            $"SELECT 'VIEW', view_name FROM duckdb_views() WHERE database_name = '{ContractSql.Stage}' " +
            $"UNION ALL SELECT 'TABLE', table_name FROM duckdb_tables() WHERE database_name = '{ContractSql.Stage}' AND table_name <> 'persons'",
            r => (Type: r.GetString(0), Name: r.GetString(1)));
        foreach (var (type, name) in tables)
        {
            _connection.Execute($"DROP {type} IF EXISTS {ContractSql.Table(name)};");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            _connection.Execute($"DETACH DATABASE IF EXISTS {ContractSql.Stage};");
        }
        catch (DuckDBException)
        {
            // The connection is already broken (a failed run): the database goes with it.
        }
    }
}
