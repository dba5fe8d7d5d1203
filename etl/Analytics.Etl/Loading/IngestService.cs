using System.Diagnostics;
using Analytics.Contract;
using Analytics.Etl.Privacy;
using Analytics.Etl.Staging;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>
/// One ingest run over an inbox: every ready file, in the contract's order, loaded once (a file
/// whose content was loaded or refused before is skipped), archived with its rejects report, and
/// the run recorded. The command line and the scheduled job both call this.
/// </summary>
public sealed class IngestService(DuckDBConnection connection, Pseudonymizer pseudonymizer)
{
    /// <summary>Told when a file is done.</summary>
    public Action<FileOutcome>? FileDone { get; init; }

    /// <summary>Told about the progress inside a file.</summary>
    public Action<FileProgress>? Progress { get; init; }

    /// <summary>Whether the key file was created for this run (no key was known before).</summary>
    public bool NewKeyFile { get; init; }

    /// <summary>Runs over the inbox. A failure other than a refusal stops the run after rolling back the file.</summary>
    public RunSummary Run(IngestOptions options, CancellationToken cancellation = default)
    {
        KeyGuard.Check(connection, pseudonymizer, NewKeyFile);
        var clock = Stopwatch.StartNew();
        var runId = connection.Scalar<long>(SqlScripts.Get("Sql/Audit/run_start.sql"), ("command", options.Command), ("started_at", DateTime.Now));
        var archive = new Archive(options.ArchiveRoot);
        using var stage = new StageDatabase(connection);
        pseudonymizer.Register(connection);
        var loader = new FileLoader(connection, stage) { Progress = Progress };
        var outcomes = new List<FileOutcome>();
        string? error = null;
        try
        {
            foreach (var file in new InboxScanner(options.QuietPeriod, options.Kinds).Scan(options.Inbox, options.ArchiveRoot))
            {
                cancellation.ThrowIfCancellationRequested();
                var outcome = Process(file, runId, archive, loader, options.Keep, cancellation);
                outcomes.Add(outcome);
                FileDone?.Invoke(outcome);
            }
        }
        catch (OperationCanceledException)
        {
            error = RunFailure.Cancelled;
            throw;
        }
        catch (Exception e) when (e is DuckDBException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            error = RunFailure.Describe(e);
        }
        finally
        {
            var summary = new RunSummary(runId, outcomes, clock.Elapsed, error);
            connection.Execute(SqlScripts.Get("Sql/Audit/run_finish.sql"),
                ("run_id", runId), ("finished_at", DateTime.Now), ("outcome", summary.Outcome),
                ("files_seen", outcomes.Count), ("files_loaded", summary.FilesLoaded), ("files_skipped", summary.FilesSkipped),
                ("files_refused", summary.FilesRefused), ("rows_read", summary.RowsRead), ("rows_loaded", summary.RowsLoaded),
                ("rows_refused", summary.RowsRefused), ("error", error));
        }
        return new RunSummary(runId, outcomes, clock.Elapsed, error);
    }

    private FileOutcome Process(InboxFile file, long runId, Archive archive, FileLoader loader, bool keep, CancellationToken cancellation)
    {
        var phases = new PhaseClock();
        if (file.Unreadable is { } problem)
        {
            return loader.RefuseUnread(file, runId, problem);
        }
        var destination = archive.PathFor(runId, file.Recorded);
        var before = connection.Query(SqlScripts.Get("Sql/Audit/file_seen.sql"),
            r => new SeenBefore(r.GetString(0), r.GetString(1), r.GetDateTime(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetInt64(5)),
            ("hash", file.Scan.Sha256), ("kind", file.Kind?.Name)).SingleOrDefault();
        if (before is { Outcome: "loaded", RowsRefused: > 0 } && file.Kind is { } kind)
        {
            before = WithReferences(before, kind);
            if (before.UpdatedReferences.Count > 0)
            {
                // Rows refused for a code missing from a reference that has loaded since: the same bytes load again.
                file = file with { Again = before.Again };
                before = null;
            }
        }
        var seen = before is not null;
        phases.Lap("scan");
        if (!seen || !keep)
        {
            try
            {
                // Kept first: a file whose copy cannot be made is not loaded (and is tried again next run).
                Archive.Copy(file.Path, destination);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return loader.RefuseUnread(file, runId, "архив недоступен для записи: файл не загружен, будет загружен после исправления архива");
            }
        }
        phases.Lap("archive");
        if (seen)
        {
            Remove(file, keep);
            return new FileOutcome(file.Recorded, file.Kind?.Name, FileStatus.Skipped, 0, 0, 0, before!.Text, [], TimeSpan.Zero);
        }
        FileOutcome outcome;
        try
        {
            outcome = loader.Load(file, runId, destination, cancellation, refusals =>
            {
                if (refusals.Count > 0)
                {
                    Archive.WriteRejects(destination, refusals);
                }
            }, phases);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The load was rolled back: the file stays in the inbox and loads once the archive takes its report.
            return loader.RefuseUnread(file, runId, "отчёт об отказах не записан в архив: файл не загружен (проверьте архив: место, права, длину имени файла)");
        }
        Remove(file, keep);
        return outcome with { ArchivedAs = destination, Phases = phases.Phases };
    }

    /// <summary>The references whose missing codes refused rows of the earlier load, and those of them loaded since.</summary>
    private SeenBefore WithReferences(SeenBefore before, FileKind kind)
    {
        var reasons = connection.Query(SqlScripts.Get("Sql/Audit/file_refusal_reasons.sql"), r => r.GetString(0), ("file_id", before.FileId));
        var missing = kind.Columns.Select(c => c.References).OfType<Reference>()
            .Where(r => r.LoadedBy is not null && reasons.Any(x => x.StartsWith(r.Reason, StringComparison.Ordinal)))
            .Select(r => r.LoadedBy!).Distinct().ToList();
        if (missing.Count == 0)
        {
            return before;
        }
        var updated = connection.Query(SqlScripts.Get("Sql/Audit/kinds_loaded_since.sql"), r => r.GetString(0),
            ("at", before.At), ("kinds", string.Join(",", missing)));
        return before with { AwaitedReferences = missing.Select(Title).ToList(), UpdatedReferences = updated.Select(Title).ToList() };
    }

    private static string Title(string kind) => DataContract.Kinds.Single(k => k.Name == kind).Title;

    private static void Remove(InboxFile file, bool keep)
    {
        if (!keep)
        {
            File.Delete(file.Path);
        }
    }

    /// <summary>
    /// The earlier record of a file's bytes, and what a file skipped for them is told: when they were loaded (and
    /// that refused rows need a changed file), or that they were refused whole, and why.
    /// </summary>
    private sealed record SeenBefore(string FileName, string Outcome, DateTime At, long RowsRefused, string? Reason, long FileId)
    {
        /// <summary>The references (their titles) whose missing codes refused rows of that load.</summary>
        public List<string> AwaitedReferences { get; init; } = [];

        /// <summary>Those of them loaded since.</summary>
        public List<string> UpdatedReferences { get; init; } = [];

        public string Text => Outcome == "refused"
            ? $"это содержимое уже отклонено {When} (файл «{FileName}»): {Reason}"
            : $"содержимое уже загружено {When} (файл «{FileName}»"
              + (RowsRefused > 0 ? $"; строк отклонено: {RowsRefused}): отклонённые строки загрузятся из исправленного файла — изменённое содержимое загружается заново" : ")")
              + (AwaitedReferences.Count > 0
                  ? $"; строки с кодом, которого нет в {(AwaitedReferences.Count > 1 ? "справочниках" : "справочнике")} {Quoted(AwaitedReferences)}, загрузятся, если прислать этот файл снова после обновления {(AwaitedReferences.Count > 1 ? "справочников" : "справочника")}"
                  : "");

        /// <summary>The note of the same bytes loaded again.</summary>
        public string Again => $"загружен снова: это содержимое загружено {When} (строк отклонено: {RowsRefused}), после чего "
            + (UpdatedReferences.Count > 1 ? "обновлены справочники " : "обновлён справочник ") + Quoted(UpdatedReferences);

        private static string Quoted(List<string> titles) => string.Join(", ", titles.Select(t => $"«{t}»"));

        private string When => At.ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
