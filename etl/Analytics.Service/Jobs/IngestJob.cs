using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Analytics.Service.Jobs;

/// <summary>
/// Loads what is ready in the inbox (files unchanged for the quiet period), holding the warehouse
/// only while it runs; when data changed, asks the site job to rebuild. A stop request rolls back
/// the file being loaded; the next run loads it again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IngestJob(WarehouseGate gate, IOptions<AnalyticsOptions> paths, IOptions<ScheduleOptions> schedule, IOptions<PrivacyOptions> privacy, ILogger<IngestJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var options = paths.Value;
        Directory.CreateDirectory(options.Inbox);
        var key = PseudonymKeyStore.Resolve(privacy.Value.PseudonymKey, options.Warehouse, w => logger.LogWarning("{Warning}", w));
        RunSummary summary;
        using (await gate.EnterAsync(cancellationToken))
        using (var pseudonymizer = new Pseudonymizer(key))
        using (var connection = new Warehouse.Warehouse(options.Warehouse) { BusyWait = TimeSpan.FromSeconds(options.BusyWaitSeconds) }.OpenReadWrite())
        {
            var service = new IngestService(connection, pseudonymizer)
            {
                Progress = (file, rows) => logger.LogInformation("{File}: {RowCount} rows read", file.Name, rows),
                FileDone = f => logger.LogInformation("{Status} {File} ({Kind}): read {RowsRead}, loaded {RowsLoaded}, refused {RowsRefused}",
                    f.Status, f.FileName, f.Kind, f.RowsRead, f.RowsLoaded, f.RowsRefused),
            };
            summary = service.Run(new IngestOptions(options.Inbox, options.ArchiveFolder)
            {
                QuietPeriod = TimeSpan.FromSeconds(schedule.Value.QuietSeconds),
                Command = "serve",
            }, cancellationToken);
        }
        if (summary.Error is not null)
        {
            logger.LogError("Ingest run {RunId} failed: {Error}", summary.RunId, summary.Error);
        }
        else if (summary.Files.Count > 0)
        {
            logger.LogInformation("Ingest run {RunId}: {Files} files, {RowsLoaded} rows loaded, {RowsRefused} refused",
                summary.RunId, summary.Files.Count, summary.RowsLoaded, summary.RowsRefused);
        }
        if (summary.ChangedData || summary.Error is not null)
        {
            await context.Scheduler.TriggerJob(JobKeys.Site, cancellationToken);
        }
    }
}
