using System.Globalization;
using Analytics.Etl.Loading;

namespace Analytics.App.Cli;

/// <summary>
/// Prints what an ingest does. On a terminal: one live line per file (rows, rows/s, elapsed,
/// estimated time left) that ends as the file's summary line, then its first refusals (location
/// and reason only: values stay in the rejects report). Elsewhere (a log, CI): one line per file
/// and at most one progress line every 10 seconds. With <c>trace</c>, each file's line is followed
/// by the time of each phase of its load.
/// </summary>
public sealed class IngestReport(TextWriter output, TextWriter diagnostics, bool interactive, TimeProvider? time = null, bool trace = false)
{
    private const int RefusalsShown = 10;
    private readonly ProgressThrottle _throttle = new(TimeSpan.FromSeconds(10), time ?? TimeProvider.System);
    private int _live;

    /// <summary>Prints one file's outcome.</summary>
    public void File(FileOutcome f)
    {
        var status = f.Status switch { FileStatus.Loaded => "loaded ", FileStatus.Skipped => "skipped", _ => "REFUSED" };
        var line = string.Create(CultureInfo.InvariantCulture,
            $"  {status} {f.FileName,-28} {f.Kind ?? "?",-14} read {f.RowsRead,8}  loaded {f.RowsLoaded,8}  refused {f.RowsRefused,6}  {f.Elapsed.TotalSeconds,6:0.0} s");
        WriteFinal(line + Why(f, firstRefusal: !interactive));
        if (trace && f.Phases.Count > 0)
        {
            output.WriteLine("      phases: " + string.Join(", ", f.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Took.TotalSeconds:0.00} s"))));
        }
        if (!interactive || f.Status != FileStatus.Loaded)
        {
            return;
        }
        foreach (var r in f.Refusals.Take(RefusalsShown))
        {
            output.WriteLine($"      {f.FileName}, line {r.Line}, column «{r.Column}»: {r.Reason}");
        }
        if (f.Refusals.Count > RefusalsShown)
        {
            output.WriteLine($"      … {f.Refusals.Count - RefusalsShown} more in the rejects report");
        }
    }

    /// <summary>
    /// What a file's line adds to its counts, the same on the console and in the service's log: why a file
    /// was refused, or (with <paramref name="firstRefusal"/>) where its first refused row is and why, and
    /// where its rejects report is. Locations and reasons only: the values stay in the rejects report.
    /// </summary>
    public static string Why(FileOutcome f, bool firstRefusal)
    {
        var why = "";
        if (f.Status == FileStatus.Refused)
        {
            why += $"; file refused: {f.Reason}";
        }
        else if (f.Status == FileStatus.Skipped && f.Reason is not null)
        {
            why += $"; {f.Reason}";
        }
        else if (f.Refusals.Count > 0 && firstRefusal)
        {
            var first = f.Refusals[0];
            why += $"; first refusal: line {first.Line}, column «{first.Column}»: {first.Reason}";
        }
        foreach (var note in f.Notes)
        {
            why += $"; note: {note}";
        }
        if (f.Refusals.Count > 0 && f.ArchivedAs is not null)
        {
            why += $"; rejects report: {f.ArchivedAs}.rejects.csv";
        }
        return why;
    }

    /// <summary>The totals of a run in one line (without its time).</summary>
    public static string Totals(RunSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Files.Count} files ({s.FilesLoaded} loaded, {s.FilesSkipped} skipped as loaded before, {s.FilesRefused} refused); " +
        $"rows read {s.RowsRead}, loaded {s.RowsLoaded}, refused {s.RowsRefused}");

    /// <summary>Prints progress inside a file.</summary>
    public void Progress(FileProgress p)
    {
        var rate = p.Elapsed.TotalSeconds > 0 ? p.Rows / p.Elapsed.TotalSeconds : 0;
        var total = p.Total is { } t ? string.Create(CultureInfo.InvariantCulture, $" of {t}") : "";
        var left = p.Total is { } all && rate > 0 && all >= p.Rows ? string.Create(CultureInfo.InvariantCulture, $", ETA {(all - p.Rows) / rate:0} s") : "";
        var line = string.Create(CultureInfo.InvariantCulture, $"  … {p.File.Recorded}: {p.Rows}{total} rows read, {rate:0} rows/s, {p.Elapsed.TotalSeconds:0.0} s{left}");
        if (interactive)
        {
            output.Write("\r" + line.PadRight(_live));
            _live = line.Length;
        }
        else if (_throttle.Due())
        {
            diagnostics.WriteLine(line);
        }
    }

    /// <summary>Prints the totals.</summary>
    public void Summary(RunSummary s)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run {s.RunId}: {Totals(s)}; {s.Elapsed.TotalSeconds:0.0} s"));
        if (s.Error is not null)
        {
            diagnostics.WriteLine($"error: the run failed: {s.Error} (the warehouse is as it was before the failing file)");
        }
    }

    private void WriteFinal(string line)
    {
        if (interactive)
        {
            output.Write("\r" + line.PadRight(_live) + "\n");
            _live = 0;
        }
        else
        {
            output.WriteLine(line);
        }
    }
}

/// <summary>Lets a progress line through at most once per interval (the first at once).</summary>
public sealed class ProgressThrottle(TimeSpan interval, TimeProvider time)
{
    private DateTimeOffset? _last;

    /// <summary>Whether a line may be written now (and, if so, counts it).</summary>
    public bool Due()
    {
        var now = time.GetUtcNow();
        if (_last is { } last && now - last < interval)
        {
            return false;
        }
        _last = now;
        return true;
    }
}
