using System.Diagnostics;
using Analytics.Etl.Privacy;
using Analytics.Etl.Reading;
using Analytics.Etl.Validation;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>
/// Loads one file in one transaction: stage the valid rows with the Appender, refuse broken
/// references and in-file duplicates in SQL, merge by key, record the audit rows, commit.
/// A crash or a cancellation before the commit leaves the warehouse as it was.
/// </summary>
public sealed class FileLoader(DuckDBConnection connection, Pseudonymizer pseudonymizer)
{
    /// <summary>Called with the number of rows read so far, about every 50,000 rows.</summary>
    public Action<InboxFile, long>? Progress { get; init; }

    /// <summary>Loads a file whose kind is known; file-level refusals are recorded, not thrown.</summary>
    public FileOutcome Load(InboxFile file, long runId, string archivedAs, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (file.Kind is null)
            {
                throw new FileRefusedException(
                    "неизвестный вид файла: имя должно начинаться с одного из " + string.Join(", ", Analytics.Contract.DataContract.Kinds.Select(k => k.Name)));
            }
            using var source = RowSources.Open(file.Path, file.Fingerprint);
            var reader = new ContractReader(file.Kind, source, pseudonymizer);
            return LoadRows(file, reader, runId, archivedAs, clock, cancellation);
        }
        catch (FileRefusedException refused)
        {
            var refusal = new Refusal(refused.Line, refused.Column ?? "", null, refused.Reason);
            using var transaction = connection.BeginTransaction();
            RecordFile(runId, file, "refused", 0, 0, 0, refused.Reason, archivedAs, clock.Elapsed);
            transaction.Commit();
            return new FileOutcome(file.Name, file.Kind?.Name, FileStatus.Refused, 0, 0, 0, refused.Reason, [refusal], clock.Elapsed);
        }
    }

    private FileOutcome LoadRows(InboxFile file, ContractReader reader, long runId, string archivedAs, Stopwatch clock, CancellationToken cancellation)
    {
        var kind = file.Kind!;
        var refusals = new List<Refusal>();
        long refusedRows = 0;
        using var transaction = connection.BeginTransaction();
        connection.Execute(SqlScripts.Get("Sql/Load/clear_staging.sql"));
        using (var appender = new StagingAppender(connection, kind.StagingTable))
        {
            while (reader.Read())
            {
                if (reader.RowRefusals.Count > 0)
                {
                    refusals.AddRange(reader.RowRefusals);
                    refusedRows++;
                }
                else
                {
                    appender.Append(reader.Line, reader.Values);
                }
                if (reader.RowsRead % 50_000 == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                    Progress?.Invoke(file, reader.RowsRead);
                }
            }
            appender.Close();
        }
        cancellation.ThrowIfCancellationRequested();
        if (reader.RowsRead == 0)
        {
            throw new FileRefusedException("в файле нет строк данных");
        }

        connection.Execute(SqlScripts.Get($"Sql/Load/{kind.Name}.sql"));
        var staged = connection.Query(SqlScripts.Get("Sql/Audit/staged_refusals.sql"),
            r => new Refusal(r.GetInt64(0), reader.HeaderOf(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3)));
        refusals.AddRange(staged);
        refusedRows += staged.Select(r => r.Line).Distinct().LongCount();
        refusals.Sort((a, b) => a.Line.CompareTo(b.Line));

        var loaded = reader.RowsRead - refusedRows;
        var fileId = RecordFile(runId, file, "loaded", reader.RowsRead, loaded, refusedRows, null, archivedAs, clock.Elapsed);
        using (var audit = connection.CreateAppender("audit_refusal"))
        {
            foreach (var refusal in refusals)
            {
                audit.CreateRow().AppendValue(fileId).AppendValue(refusal.Line).AppendValue(refusal.Column).AppendValue(refusal.Reason).EndRow();
            }
        }
        connection.Execute(SqlScripts.Get("Sql/Load/clear_staging.sql"));
        cancellation.ThrowIfCancellationRequested();
        transaction.Commit();
        return new FileOutcome(file.Name, kind.Name, FileStatus.Loaded, reader.RowsRead, loaded, refusedRows, null, refusals, clock.Elapsed);
    }

    private long RecordFile(long runId, InboxFile file, string outcome, long read, long loaded, long refused, string? reason, string archivedAs, TimeSpan elapsed) =>
        connection.Scalar<long>(SqlScripts.Get("Sql/Audit/file_insert.sql"),
            ("run_id", runId), ("file_name", file.Name), ("kind", file.Kind?.Name), ("hash", file.Fingerprint.Sha256),
            ("outcome", outcome), ("rows_read", read), ("rows_loaded", loaded), ("rows_refused", refused),
            ("reason", reason), ("archived_as", archivedAs), ("loaded_at", DateTime.Now), ("elapsed_ms", (long)elapsed.TotalMilliseconds));
}
