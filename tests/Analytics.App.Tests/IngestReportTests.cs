using Analytics.App.Cli;
using Analytics.Contract;
using Analytics.Etl.Loading;

namespace Analytics.App.Tests;

/// <summary>What the ingest prints: one line per file, progress throttled off a terminal, phases on request.</summary>
public class IngestReportTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly InboxFile Teachers = new("/inbox/teachers_2025.csv", DataContract.Teachers);

    private static FileOutcome Loaded(int rows, params FilePhase[] phases) =>
        new("teachers_2025.csv", "teachers", FileStatus.Loaded, rows, rows, 0, null, [], TimeSpan.FromSeconds(12)) { Phases = phases };

    /// <summary>
    /// Reports three files of 12 s each, a progress report every half second (72 in all, 36 s), and
    /// returns the lines written to the output and to the diagnostics stream.
    /// </summary>
    private static (string[] Output, string[] Diagnostics) ThreeFiles(bool interactive, bool trace = false, params FilePhase[] phases)
    {
        var time = new ManualTime();
        using var output = new StringWriter();
        using var diagnostics = new StringWriter();
        var report = new IngestReport(output, diagnostics, interactive, time, trace);
        for (var file = 0; file < 3; file++)
        {
            for (var i = 1; i <= 24; i++)
            {
                time.Now += TimeSpan.FromSeconds(0.5);
                report.Progress(new FileProgress(Teachers, i * 1000, 24_000, TimeSpan.FromSeconds(i * 0.5)));
            }
            report.File(Loaded(24_000, phases));
        }
        static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (Lines(output), Lines(diagnostics));
    }

    [Fact]
    public void OffATerminalEachFileIsOneLineAndProgressAtMostOneLineEveryTenSeconds()
    {
        var (output, diagnostics) = ThreeFiles(interactive: false);

        output.Should().HaveCount(3).And.OnlyContain(l => l.StartsWith("  loaded  teachers_2025.csv", StringComparison.Ordinal) && !l.Contains('\r'));
        // 72 reports over 36 s: the first at 0.5 s, then one at 10.5, 20.5 and 30.5 s.
        diagnostics.Should().Equal(
            "  … teachers_2025.csv: 1000 of 24000 rows read, 2000 rows/s, 0.5 s, ETA 12 s",
            "  … teachers_2025.csv: 21000 of 24000 rows read, 2000 rows/s, 10.5 s, ETA 2 s",
            "  … teachers_2025.csv: 17000 of 24000 rows read, 2000 rows/s, 8.5 s, ETA 4 s",
            "  … teachers_2025.csv: 13000 of 24000 rows read, 2000 rows/s, 6.5 s, ETA 6 s");
    }

    [Fact]
    public void OnATerminalTheLiveLineOfAFileEndsAsItsSummaryLine()
    {
        var (lines, diagnostics) = ThreeFiles(interactive: true);

        lines.Should().HaveCount(3, "every progress report rewrites the file's one line");
        foreach (var line in lines)
        {
            var rewrites = line.Split('\r');
            rewrites.Should().HaveCount(26, "an empty start, 24 progress states, the summary");
            rewrites[^1].Should().StartWith("  loaded  teachers_2025.csv");
        }
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void WithTraceEachFileLineIsFollowedByItsPhases()
    {
        var (lines, _) = ThreeFiles(interactive: false, trace: true,
            new FilePhase("scan", TimeSpan.FromMilliseconds(310)), new FilePhase("stage", TimeSpan.FromMilliseconds(1254)));

        lines.Should().HaveCount(6);
        lines.Where((_, i) => i % 2 == 1).Should().AllBe("      phases: scan 0.31 s, stage 1.25 s");
    }

    [Fact]
    public void ALoadedFilesNotesEndItsLineOnTheConsoleAndInTheLog()
    {
        var outcome = Loaded(3) with { Notes = ["столбец 5 заголовка начинается с «дефициты», но назван длиннее и не прочитан"] };

        IngestReport.Why(outcome, firstRefusal: true).Should().Be("; note: столбец 5 заголовка начинается с «дефициты», но назван длиннее и не прочитан");
        using var output = new StringWriter();
        new IngestReport(output, TextWriter.Null, interactive: false).File(outcome);
        output.ToString().Should().EndWith("12.0 s; note: столбец 5 заголовка начинается с «дефициты», но назван длиннее и не прочитан" + Environment.NewLine);
    }
}
