namespace Analytics.Etl.Loading;

/// <summary>
/// The quiet period of the <c>ingest</c> command: before a run, waits until no file of the inbox
/// (temporary names aside) has changed for the period, so that a file still being copied in is not
/// loaded half. (The service does not wait: it leaves such a file for its next cycle.)
/// </summary>
public static class QuietWait
{
    /// <summary>Waits; <paramref name="waiting"/> is told the files that are still changing and how long it waits for them.</summary>
    public static void Until(string inbox, TimeSpan quiet, Action<IReadOnlyList<string>, TimeSpan>? waiting, CancellationToken cancellation)
    {
        if (quiet <= TimeSpan.Zero || !Directory.Exists(inbox))
        {
            return;
        }
        while (true)
        {
            var now = DateTime.UtcNow;
            var young = Directory.EnumerateFiles(inbox)
                .Where(p => !InboxScanner.IsTemporary(Path.GetFileName(p)))
                .Select(p => (Name: Path.GetFileName(p), Age: now - File.GetLastWriteTimeUtc(p)))
                .Where(f => f.Age < quiet)
                .ToList();
            if (young.Count == 0)
            {
                return;
            }
            // A time in the future (a skewed clock) waits one whole period, not longer.
            var wait = quiet - TimeSpan.FromTicks(Math.Max(0, young.Min(f => f.Age).Ticks));
            // Told as recorded (a personal-looking name by the hash of its name: its content is still changing).
            waiting?.Invoke(young.Select(f => RecordedName.Of(f.Name, null, RecordedName.HashOfName(f.Name))).Order(StringComparer.Ordinal).ToList(), wait);
            cancellation.WaitHandle.WaitOne(wait);
            cancellation.ThrowIfCancellationRequested();
        }
    }
}
