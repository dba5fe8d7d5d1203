namespace Analytics.App.Service;

/// <summary>
/// One job at a time holds the warehouse inside the service process. DuckDB shares one database
/// instance per file within a process, so a read-only connection (the site job) and a read-write
/// one (the ingest job) must not overlap; between processes DuckDB's file lock does this job.
/// </summary>
public sealed class WarehouseGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Waits for the warehouse (or the cancellation); dispose the result to release it.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_semaphore);
    }

    /// <inheritdoc />
    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
