using Analytics.App.Options;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;
using Analytics.Warehouse.Marts;
using Microsoft.Extensions.Options;

namespace Analytics.App.Running;

/// <summary>What one ingest run is asked to do.</summary>
/// <param name="Command">What the run is recorded as: <c>ingest</c> or <c>serve</c>.</param>
/// <param name="Keep">Leave the inbox as it is (archive copies instead of moving).</param>
/// <param name="QuietPeriod">A file is taken only when unchanged for this long.</param>
public sealed record IngestRequest(string Command, bool Keep, TimeSpan QuietPeriod)
{
    /// <summary>Runs that failed before they could be recorded (the warehouse was busy): recorded first.</summary>
    public IReadOnlyList<UnrecordedRun> Unrecorded { get; init; } = [];
}

/// <summary>A run that failed without reaching the warehouse, to be recorded when it is open again.</summary>
public sealed record UnrecordedRun(string Command, DateTime StartedAt, DateTime FinishedAt, string Error);

/// <summary>Who is told what an ingest run does.</summary>
public sealed record IngestObserver(Action<FileOutcome>? FileDone = null, Action<FileProgress>? Progress = null, Action<string>? Warn = null, Action<string>? Note = null);

/// <summary>
/// One ingest run of the configured inbox into the configured warehouse, for the <c>ingest</c>
/// and <c>demo</c> commands and the scheduled ingest job alike.
/// </summary>
public sealed class IngestRunner(WarehouseOpener opener, IndicatorMarts marts, IOptions<AnalyticsOptions> analytics, IOptions<PrivacyOptions> privacy)
{
    /// <summary>
    /// Opens the warehouse read-write, runs over the inbox, refreshes the indicator marts when
    /// the run changed data (or they were stale already), and closes it.
    /// </summary>
    public RunSummary Run(IngestRequest request, IngestObserver observer, CancellationToken cancellation)
    {
        var options = analytics.Value;
        var key = PseudonymKeyStore.Resolve(privacy.Value.PseudonymKey, options.Warehouse, w => observer.Warn?.Invoke(w), out var created);
        using var pseudonymizer = new Pseudonymizer(key);
        using var connection = opener.OpenReadWrite(options.Warehouse);
        foreach (var run in request.Unrecorded)
        {
            connection.Execute(SqlScripts.Get("Sql/Audit/run_failed.sql"),
                ("command", run.Command), ("started_at", run.StartedAt), ("finished_at", run.FinishedAt), ("error", run.Error));
        }
        var service = new IngestService(connection, pseudonymizer) { FileDone = observer.FileDone, Progress = observer.Progress, NewKeyFile = created };
        RunSummary summary;
        try
        {
            summary = service.Run(new IngestOptions(options.Inbox, options.ArchiveFolder)
            {
                Keep = request.Keep,
                QuietPeriod = request.QuietPeriod,
                Command = request.Command,
            }, cancellation);
        }
        catch (PseudonymKeyException) when (created)
        {
            // The key file made for this run is not the warehouse's key: do not leave it to be taken for it.
            File.Delete(PseudonymKeyStore.FilePath(options.Warehouse));
            throw;
        }
        cancellation.ThrowIfCancellationRequested();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (marts.RefreshIfStale(connection))
        {
            observer.Note?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Indicator marts refreshed in {clock.Elapsed.TotalSeconds:0.0} s"));
        }
        return summary;
    }
}
