using Analytics.Etl.Reading;
using Analytics.Etl.Validation;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Staging;

/// <summary>Stages the rows of an XLSX sheet into the raw table through the Appender, as the text a CSV would hold.</summary>
public sealed class XlsxStager(DuckDBConnection connection)
{
    /// <summary>Appends every row of the sheet; <paramref name="progress"/> is told the rows appended so far.</summary>
    public void Stage(XlsxRowSource source, HeaderMap map, ContractSql sql, StageDatabase stage, Action<long>? progress, CancellationToken cancellation)
    {
        stage.SetLines([]); // a sheet row is its own line
        connection.Execute(sql.CreateRaw());
        using var appender = connection.CreateAppender(ContractSql.Stage, "main", "raw");
        long rows = 0;
        while (source.Read())
        {
            var row = appender.CreateRow().AppendValue(source.Line).AppendValue(source.IsBlank).AppendValue(false);
            for (var i = 0; i < map.Columns.Count; i++)
            {
                var text = map.Positions[i] >= 0 ? source.Text(map.Positions[i], map.Columns[i].Kind) : null;
                row = text is null ? row.AppendNullValue() : row.AppendValue(text);
            }
            row.EndRow();
            if (++rows % 50_000 == 0)
            {
                cancellation.ThrowIfCancellationRequested();
                progress?.Invoke(rows);
            }
        }
    }
}
