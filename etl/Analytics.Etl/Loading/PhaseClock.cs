using System.Diagnostics;

namespace Analytics.Etl.Loading;

/// <summary>One phase of a file's load and how long it took.</summary>
/// <param name="Name">scan, archive, stage, check, refusals, valid, keys, merge or commit.</param>
/// <param name="Took">Its duration.</param>
public sealed record FilePhase(string Name, TimeSpan Took);

/// <summary>Times the phases of one file's load, one lap after another (<c>ingest --trace</c>, <c>bench/ingest.sh</c>).</summary>
public sealed class PhaseClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<FilePhase> _phases = [];
    private TimeSpan _last;

    /// <summary>The phases timed so far, in order.</summary>
    public IReadOnlyList<FilePhase> Phases => _phases;

    /// <summary>Ends a phase: the time since the previous lap (or the start) is its duration.</summary>
    public void Lap(string phase)
    {
        var now = _clock.Elapsed;
        _phases.Add(new FilePhase(phase, now - _last));
        _last = now;
    }
}
