using Quartz;

namespace Analytics.App.Service.Jobs;

/// <summary>The scheduled rebuild of the site.</summary>
[DisallowConcurrentExecution]
public sealed class SiteJob(SiteRefresher refresher) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await refresher.RefreshAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A stop request while waiting for the warehouse: end quietly; the next start rebuilds.
        }
    }
}
