using Analytics.App.Options;
using Analytics.App.Running;
using Analytics.Etl.Loading;
using Analytics.Warehouse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Analytics.App.Service.Jobs;

/// <summary>
/// Loads what is ready in the inbox (files unchanged for the quiet period), holding the warehouse
/// only while it runs; when data changed (or at the catch-up run at start), asks the site job to
/// rebuild. A stop request rolls back the file being loaded; the next run loads it again. A
/// warehouse held by another process too long fails the run with one logged line, and the
/// failure is recorded in the run log by the next run that gets in.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IngestJob(WarehouseGate gate, IngestRunner runner, UnrecordedRuns unrecorded, IOptions<AnalyticsOptions> paths,
    IOptions<ScheduleOptions> schedule, TimeProvider time, ILogger<IngestJob> logger) : IJob
{
    /// <summary>The trigger of the run at start, which always rebuilds the site after it.</summary>
    public static readonly TriggerKey CatchUp = new("ingest-at-start", "analytics");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var started = time.GetLocalNow().DateTime;
        var throttle = new Cli.ProgressThrottle(TimeSpan.FromSeconds(10), time);
        var pending = unrecorded.Snapshot();
        RunSummary? summary = null;
        try
        {
            Directory.CreateDirectory(paths.Value.Inbox);
            using (await gate.EnterAsync(cancellationToken))
            {
                summary = runner.Run(new IngestRequest("serve", Keep: false, TimeSpan.FromSeconds(schedule.Value.QuietSeconds)) { Unrecorded = pending },
                    new IngestObserver(
                        f => logger.LogInformation("{Status} {File} ({Kind}): read {RowsRead}, loaded {RowsLoaded}, refused {RowsRefused}{Why}",
                            f.Status, f.FileName, f.Kind, f.RowsRead, f.RowsLoaded, f.RowsRefused, Cli.IngestReport.Why(f, firstRefusal: true)),
                        p =>
                        {
                            if (throttle.Due())
                            {
                                logger.LogInformation("{File}: {RowCount} rows read", p.File.Recorded, p.Rows);
                            }
                        },
                        w => logger.LogWarning("{Warning}", w)),
                    cancellationToken);
            }
            unrecorded.Recorded(pending);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (WarehouseBusyException e)
        {
            logger.LogError("Ingest run could not start: {Error}", e.Message);
            unrecorded.Add(new UnrecordedRun("serve", started, time.GetLocalNow().DateTime, RunFailure.Describe(e)));
            return;
        }
#pragma warning disable CA1031 // The job boundary: a failure is logged in one line, the service goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError("Ingest run failed: {Error}", e.Message);
            return;
        }
        if (summary.Error is not null)
        {
            logger.LogError("Ingest run {RunId} failed: {Error}", summary.RunId, summary.Error);
        }
        else if (summary.Files.Count > 0)
        {
            logger.LogInformation("Ingest run {RunId}: {Totals}", summary.RunId, Cli.IngestReport.Totals(summary));
        }
        var catchUp = Equals(context.Trigger.Key, CatchUp);
        if (catchUp || summary.ChangedData || summary.Error is not null)
        {
            await context.Scheduler.TriggerJob(JobKeys.Site, cancellationToken);
        }
    }
}
