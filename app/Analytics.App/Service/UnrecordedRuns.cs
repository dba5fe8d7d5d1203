using Analytics.App.Running;

namespace Analytics.App.Service;

/// <summary>
/// Scheduled runs that failed without reaching the warehouse (another process held it): kept
/// here and recorded in the run log by the next run that opens it.
/// </summary>
public sealed class UnrecordedRuns
{
    private readonly List<UnrecordedRun> _runs = [];
    private readonly Lock _lock = new();

    /// <summary>Keeps a failed run.</summary>
    public void Add(UnrecordedRun run)
    {
        lock (_lock)
        {
            _runs.Add(run);
        }
    }

    /// <summary>The runs kept so far.</summary>
    public IReadOnlyList<UnrecordedRun> Snapshot()
    {
        lock (_lock)
        {
            return [.. _runs];
        }
    }

    /// <summary>Forgets runs that have been recorded.</summary>
    public void Recorded(IEnumerable<UnrecordedRun> runs)
    {
        lock (_lock)
        {
            foreach (var run in runs)
            {
                _runs.Remove(run);
            }
        }
    }
}
