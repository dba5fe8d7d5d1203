using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>Appends parsed rows (line + values) to a staging table with DuckDB's Appender.</summary>
public sealed class StagingAppender(DuckDBConnection connection, string table) : IDisposable
{
    private readonly DuckDBAppender _appender = connection.CreateAppender("staging", table);

    /// <summary>Appends one row; value types must match the staging table's columns.</summary>
    public void Append(long line, object?[] values)
    {
        var row = _appender.CreateRow().AppendValue(line);
        foreach (var value in values)
        {
            row = value switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                int i => row.AppendValue((int?)i),
                double d => row.AppendValue((double?)d),
                DateOnly d => row.AppendValue((DateOnly?)d),
                bool b => row.AppendValue((bool?)b),
                Guid g => row.AppendValue((Guid?)g),
                _ => throw new InvalidOperationException($"No staging type for {value.GetType()}"),
            };
        }
        row.EndRow();
    }

    /// <summary>Flushes the rows into the table (still inside the transaction).</summary>
    public void Close() => _appender.Close();

    /// <inheritdoc />
    public void Dispose() => _appender.Dispose();
}
