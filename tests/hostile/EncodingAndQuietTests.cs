using System.Diagnostics;
using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Reading;
using Analytics.Etl.Tests.Support;
using Analytics.Etl.Validation;

namespace Analytics.Etl.Tests.Hostile;

/// <summary>Text that is not what it claims, and files still being written: refused or waited for, never loaded as garbage or half.</summary>
public class EncodingAndQuietTests
{
    private static readonly string[] Municipalities =
    [
        "code,name,kind",
        "71611000,Абатский муниципальный округ,муниципальный округ",
        "71613000,Армизонский муниципальный округ,муниципальный округ",
        "71615000,Аромашевский муниципальный округ,муниципальный округ",
        "71617000,Бердюжский муниципальный округ,муниципальный округ",
        "71619000,Вагайский муниципальный округ,муниципальный округ",
        "71621000,Викуловский муниципальный округ,муниципальный округ",
    ];

    [Fact]
    public void AKoi8FileIsRefusedWholeNamingItsFirstLineWhileAWindows1251FileLoads()
    {
        using var w = new TestWarehouse();
        TextEncodings.Register();
        File.WriteAllText(Path.Combine(w.Inbox.Folder, "municipalities_koi8.csv"), string.Join("\r\n", Municipalities) + "\r\n", Encoding.GetEncoding("koi8-r"));
        w.Inbox.Cp1251("municipalities_1251.csv", Municipalities);

        var run = w.Ingest();

        var koi8 = run.Files.Single(f => f.FileName == "municipalities_koi8.csv");
        koi8.Status.Should().Be(FileStatus.Refused);
        koi8.Reason.Should().StartWith("кодировка не распознана: похоже на KOI8");
        koi8.Refusals.Single().Line.Should().Be(2);
        run.Files.Single(f => f.FileName == "municipalities_1251.csv").Status.Should().Be(FileStatus.Loaded);
        w.Rows("SELECT name FROM dim_municipality ORDER BY code").Should().Equal(Municipalities.Skip(1).Select(l => l.Split(',')[1]));
    }

    [Fact]
    public void ACp866FileIsRefusedAsNotRussianTextInWindows1251()
    {
        using var w = new TestWarehouse();
        TextEncodings.Register();
        File.WriteAllText(Path.Combine(w.Inbox.Folder, "municipalities.csv"), string.Join("\r\n", Municipalities) + "\r\n", Encoding.GetEncoding(866));

        var file = w.Ingest().Files.Single();

        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().StartWith("кодировка не распознана: файл не в UTF-8 и не в Windows-1251 (в строке 2");
        w.Count("SELECT count(*) FROM dim_municipality").Should().Be(0);
    }

    [Fact]
    public void AStrayByteInAUtf8FileRefusesItNamingTheLineInsteadOfLoadingMojibake()
    {
        using var w = new TestWarehouse();
        var path = w.Inbox.Utf8("municipalities.csv", Municipalities);
        var bytes = File.ReadAllBytes(path).ToList();
        var line4 = bytes.Select((b, i) => (b, i)).Where(p => p.b == (byte)'\n').ElementAt(2).i + 1;
        bytes.Insert(line4 + 10, 0xFF);
        File.WriteAllBytes(path, bytes.ToArray());

        var file = w.Ingest().Files.Single();

        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().Be("файл в UTF-8 содержит байты не в UTF-8 (первый — в строке 4): пересохраните его в UTF-8");
        w.Count("SELECT count(*) FROM dim_municipality").Should().Be(0);
    }

    [Fact]
    public void ANulByteRefusesItsRowAndTheOtherRowsLoadWhole()
    {
        using var w = new TestWarehouse();
        var path = w.Inbox.Utf8("municipalities.csv", Municipalities);
        File.WriteAllText(path, File.ReadAllText(path).Replace("Армизонский", "Арми\0зонский", StringComparison.Ordinal));

        var file = w.Ingest().Files.Single();

        file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal((3L, "name", ContractSql.ControlCharacterRule));
        w.Rows("SELECT name FROM dim_municipality ORDER BY code").Should().Equal(Municipalities.Skip(1).Select(l => l.Split(',')[1]).Where(n => !n.StartsWith("Арми", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IngestWaitsForAFileStillBeingWrittenAndLoadsItWhole()
    {
        using var w = new TestWarehouse();
        var path = Path.Combine(w.Inbox.Folder, "municipalities.csv");
        File.WriteAllText(path, string.Join("\n", Municipalities.Take(3)) + "\n");

        var clock = Stopwatch.StartNew();
        using var process = Analytics.Tests.Support.CliProcess.Start(w.Folder.Path, TestWarehouse.Environment, "ingest", "--quiet", "3", "--inbox", w.Inbox.Folder, "--db", w.Path);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await Task.Delay(1500);
        await File.AppendAllTextAsync(path, string.Join("\n", Municipalities.Skip(3)) + "\n"); // the copy goes on
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await process.WaitForExitAsync(limit.Token);
        }
        var (stdout, stderr) = (await output, await error);

        process.ExitCode.Should().Be(0, stderr);
        stderr.Should().Contain("Waiting").And.Contain("municipalities.csv");
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(4.5), "the last change was 1.5 s in, and the period is 3 s");
        w.Count("SELECT count(*) FROM dim_municipality").Should().Be(Municipalities.Length - 1, stdout);
    }
}

/// <summary>The rejects report is written before the load commits: a report that cannot be written leaves the warehouse as it was.</summary>
public class RejectsBeforeCommitTests
{
    [Fact]
    public void ARejectsReportThatCannotBeWrittenRollsTheLoadBackAndKeepsTheFile()
    {
        using var w = new TestWarehouse();
        // 250 bytes: the name and its archive copy fit, the report's «.rejects.csv.tmp» beside it does not (255 at most).
        var name = "municipalities_" + new string('x', 250 - "municipalities_".Length - ".csv".Length) + ".csv";
        var path = w.Inbox.Utf8(name, "code,name", "71701000,город Тюмень", "../x,Злой район");

        var run = w.Ingest(keep: false);

        var file = run.Files.Single();
        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().StartWith("отчёт об отказах не записан в архив: файл не загружен");
        w.Count("SELECT count(*) FROM dim_municipality").Should().Be(0, "the load is rolled back");
        File.Exists(path).Should().BeTrue("the file stays in the inbox for the next run");
    }
}
