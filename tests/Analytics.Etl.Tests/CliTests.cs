using System.Security.Cryptography;
using Analytics.Etl.Tests.Support;
using Analytics.Tests.Support;

namespace Analytics.Etl.Tests;

/// <summary>The command line as a process: exit codes, determinism, the demo.</summary>
public class CliTests
{
    [InlineData("ingest")]
    [InlineData("ingest", "--now", "--inbox")]
    [InlineData("generate", "--out", "x", "--years", "2025-2021")]
    [InlineData("no-such-command")]
    [Theory]
    public void BadUsageExitsWithTwoAndSaysWhyOnStandardError(params string[] args)
    {
        using var folder = new TempFolder();
        var result = RunAnalytics(folder.Path, args);
        result.Code.Should().Be(2);
        result.Error.Should().NotBeEmpty();
    }

    [Fact]
    public void AnInboxThatIsNotAFolderIsAFailureWithExitOneThatTouchesNoWarehouse()
    {
        // A mistyped --inbox in a scheduled task once made a new warehouse and a new pseudonym key, recorded
        // a run of 0 files and refreshed the marts before it failed, and a file given for the folder was
        // said «does not exist».
        using var folder = new TempFolder();
        File.WriteAllText(folder["teachers_2024.csv"], "year,snils\n");

        var missing = RunAnalytics(folder.Path, "ingest", "--now", "--inbox", Path.Combine(folder.Path, "nothing"), "--db", folder["w.duckdb"]);
        var file = RunAnalytics(folder.Path, "ingest", "--now", "--inbox", folder["teachers_2024.csv"], "--db", folder["w.duckdb"]);

        missing.Code.Should().Be(1);
        missing.Error.Should().Be($"error: the inbox {Path.Combine(folder.Path, "nothing")} does not exist; nothing was loaded{Environment.NewLine}");
        file.Code.Should().Be(1);
        file.Error.Should().Be($"error: the inbox {folder["teachers_2024.csv"]} is a file, not a folder: the inbox is the folder that holds the files; nothing was loaded{Environment.NewLine}");
        (missing.Output + file.Output).Should().BeEmpty();
        Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().Equal("teachers_2024.csv");
    }

    [Fact]
    public void AnArchiveThatIsTheInboxItselfIsBadUsageThatTouchesNothing()
    {
        // Seen: `--archive` set to the inbox archived run 1 into inbox/run-000001-…/, and run 2 refused that
        // folder as a file of the inbox («папка, а не файл»), every run after it the next one.
        using var folder = new TempFolder();
        var inbox = folder["inbox/programs.csv"][..^"/programs.csv".Length];
        File.WriteAllText(folder["inbox/programs.csv"], "program_id,title,hours,federal_registry,format\n");

        var run = RunAnalytics(folder.Path, "ingest", "--now", "--inbox", inbox + "/", "--archive", inbox, "--db", folder["w.duckdb"]);

        run.Code.Should().Be(2, run.Error);
        run.Error.Should().Be($"error: the archive {inbox} is the inbox itself: the next run would meet this run's archive folder among the files; "
            + $"use another folder or one inside the inbox (e.g. {inbox}/archive); nothing was loaded{Environment.NewLine}");
        Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder.Path, p)).Order(StringComparer.Ordinal)
            .Should().Equal("inbox", "inbox/programs.csv");
    }

    [Fact]
    public void WithTraceEachLoadedFileLineIsFollowedByTheTimesOfItsPhasesInOrder()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Cp1251("teachers_2024.csv",
            "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1990,7201000001,teacher,10",
            "2024,123-456-789 64,01.11.1975,7201000009,manager,25");

        var run = TestWarehouse.Cli(w.Folder.Path, "ingest", "--now", "--trace", "--inbox", w.Inbox.Folder, "--db", w.Path, "--archive", w.ArchiveRoot);

        run.Code.Should().Be(3, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var files = lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("  loaded  ", StringComparison.Ordinal)).ToList();
        files.Select(f => f.l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).Should().Equal("municipalities.csv", "organizations.csv", "programs.csv", "teachers_2024.csv");
        foreach (var (_, i) in files)
        {
            var phases = System.Text.RegularExpressions.Regex.Matches(lines[i + 1], @"([a-z]+) ([0-9]+\.[0-9]{2}) s");
            lines[i + 1].Should().StartWith("      phases: ");
            phases.Select(m => m.Groups[1].Value).Should().Equal("scan", "archive", "stage", "check", "refusals", "valid", "keys", "merge", "commit");
        }
    }

    [Fact]
    public void GenerateTakesOneYearAlone()
    {
        // `generate --years 2025` was refused: «--years must be FIRST-LAST».
        using var folder = new TempFolder();
        var result = RunAnalytics(folder.Path, "generate", "--out", folder.Path, "--years", "2025", "--teachers", "100");

        result.Code.Should().Be(0, result.Error);
        // The yearly kinds' files (a municipalities file may carry the year of its renaming).
        var yearly = Directory.GetFiles(folder.Path).Select(Path.GetFileName)
            .Where(n => System.Text.RegularExpressions.Regex.IsMatch(n!, @"^(teachers|methodists|staffing|diagnostics|courses|routes|mentoring)_\d{4}\.")).ToList();
        yearly.Should().NotBeEmpty().And.OnlyContain(n => n!.Contains("_2025.", StringComparison.Ordinal));
        yearly.Should().Contain(n => n!.StartsWith("teachers_2025.", StringComparison.Ordinal));
    }

    [Fact]
    public void GenerateWithTheSameSeedWritesTheSameFiles()
    {
        using var folder = new TempFolder();
        string[] Hashes(string dir) => Directory.GetFiles(dir).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + ":" + (f.EndsWith(".xlsx", StringComparison.Ordinal) ? "" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))))
            .ToArray();

        RunAnalytics(folder.Path, "generate", "--out", "a", "--teachers", "300", "--years", "2024-2025", "--seed", "5").Code.Should().Be(0);
        RunAnalytics(folder.Path, "generate", "--out", "b", "--teachers", "300", "--years", "2024-2025", "--seed", "5").Code.Should().Be(0);
        RunAnalytics(folder.Path, "generate", "--out", "c", "--teachers", "300", "--years", "2024-2025", "--seed", "6").Code.Should().Be(0);

        Hashes(folder["a/x"][..^2]).Should().HaveCount(2 + 1 + 1 + 1 + 2 * 7 + 1).And.Equal(Hashes(folder["b/x"][..^2]));
        Hashes(folder["c/x"][..^2]).Should().NotEqual(Hashes(folder["a/x"][..^2]));
    }

    [Fact]
    public void TheDemoLoadsTheSamplesAndRunningItTwiceGivesTheSameResult()
    {
        using var folder = new TempFolder();
        var first = RunAnalytics(RepositoryFiles.Root, "demo", "--out", folder.Path);
        first.Code.Should().Be(0, first.Error);
        first.Output.Should().Contain("41 loaded").And.Contain("warehouse.duckdb");
        var staff = Count(folder["warehouse.duckdb"]);

        var second = RunAnalytics(RepositoryFiles.Root, "demo", "--out", folder.Path);
        second.Code.Should().Be(0, second.Error);
        second.Output.Should().Contain("41 skipped as loaded before");
        Count(folder["warehouse.duckdb"]).Should().Be(staff);
    }

    /// <summary>What <c>./analytics ARGS</c> does: <c>generate</c> goes to the generator tool, the rest to the command line.</summary>
    private static CliProcess.Result RunAnalytics(string workingDirectory, params string[] args) =>
        args.Length > 0 && args[0] == "generate" ? CliProcess.Generate(workingDirectory, args[1..]) : TestWarehouse.Cli(workingDirectory, args);

    private static long Count(string db)
    {
        using var c = TestDefaults.Opener.OpenReadOnly(db);
        return Analytics.Warehouse.DuckDbExtensions.Scalar<long>(c, "SELECT count(*) FROM fact_staff");
    }
}
