using System.Globalization;
using Analytics.Etl.Loading;

namespace Analytics.App.Cli;

/// <summary>
/// Prints what an ingest did: one line a file, the first refusals of each file (location and
/// reason only: values stay in the rejects report), and the totals.
/// </summary>
public sealed class IngestReport(TextWriter output, TextWriter progress)
{
    private const int RefusalsShown = 10;

    /// <summary>Prints one file's outcome.</summary>
    public void File(FileOutcome f)
    {
        var status = f.Status switch { FileStatus.Loaded => "loaded ", FileStatus.Skipped => "skipped", _ => "REFUSED" };
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {status} {f.FileName,-28} {f.Kind ?? "?",-14} read {f.RowsRead,8}  loaded {f.RowsLoaded,8}  refused {f.RowsRefused,6}  {f.Elapsed.TotalSeconds,6:0.0} s"));
        if (f.Status == FileStatus.Refused)
        {
            output.WriteLine($"      file refused: {f.Reason}");
        }
        foreach (var r in f.Refusals.Where(_ => f.Status == FileStatus.Loaded).Take(RefusalsShown))
        {
            output.WriteLine($"      {f.FileName}, line {r.Line}, column «{r.Column}»: {r.Reason}");
        }
        if (f.Status == FileStatus.Loaded && f.Refusals.Count > RefusalsShown)
        {
            output.WriteLine($"      … {f.Refusals.Count - RefusalsShown} more in the rejects report");
        }
        if (f.Refusals.Count > 0 && f.ArchivedAs is not null)
        {
            output.WriteLine($"      rejects report: {f.ArchivedAs}.rejects.csv");
        }
    }

    /// <summary>Prints progress inside a large file.</summary>
    public void Progress(InboxFile file, long rows) =>
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … {file.Name}: {rows} rows read"));

    /// <summary>Prints the totals.</summary>
    public void Summary(RunSummary s)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run {s.RunId}: {s.Files.Count} files ({s.FilesLoaded} loaded, {s.FilesSkipped} skipped as loaded before, {s.FilesRefused} refused); " +
            $"rows read {s.RowsRead}, loaded {s.RowsLoaded}, refused {s.RowsRefused}; {s.Elapsed.TotalSeconds:0.0} s"));
        if (s.Error is not null)
        {
            progress.WriteLine($"error: the run failed: {s.Error} (the warehouse is as it was before the failing file)");
        }
    }
}
