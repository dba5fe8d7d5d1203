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

    /// <summary>Sets the record-to-line breakpoints of the CSV being staged.</summary>
    public void SetLines(IReadOnlyList<(long Record, long Offset)> breakpoints)
    {
        _connection.Execute($"CREATE OR REPLACE TABLE {ContractSql.Table("lines")} (record BIGINT, shift BIGINT);");
        using var appender = _connection.CreateAppender(ContractSql.Stage, "main", "lines");
        foreach (var (record, offset) in breakpoints.Count > 0 ? breakpoints : [(0L, 2L)])
        {
            appender.CreateRow().AppendValue(record).AppendValue(offset).EndRow();
        }
    }

    /// <summary>Drops the tables of one file (the pseudonym cache stays for the run).</summary>
    public void Clear()
    {
        var tables = _connection.Query(
            $"SELECT table_name FROM duckdb_tables() WHERE database_name = '{ContractSql.Stage}' AND table_name <> 'persons'", r => r.GetString(0));
        foreach (var table in tables)
        {
            _connection.Execute($"DROP TABLE IF EXISTS {ContractSql.Table(table)};");
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
