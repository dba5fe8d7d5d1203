using System.Diagnostics;
using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Support;
using Analytics.Etl.Validation;
using Analytics.Warehouse;
using FluentAssertions;
using Xunit;

namespace Analytics.Etl.Tests.Hostile;

/// <summary>
/// Hostile and broken inputs (the corpus is generated here, nothing large in git): each is refused
/// with its named reason, the other files of the run load, and no personal value reaches the audit.
/// </summary>
public sealed class HostileInputTests
{
    private const string Traversal = "../../../../../../../../tmp/t/victim";

    [Fact]
    public void ACodeThatIsAPathIsRefusedRowByRowAndTheOtherRowsLoad()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень", $"{Traversal},Злой район", "a/b,Косой район", ".hidden,Скрытый район", "Ишим-1.a,Ишим",
            // 64 characters (128 bytes in UTF-8) is the longest code; 65 is refused.
            new string('ж', 64) + ",Длинный район", new string('ж', 65) + ",Слишком длинный район");

        var run = w.Ingest();

        var file = run.Files.Should().ContainSingle().Subject;
        file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal(
            (3L, "code", ContractSql.IdentifierRule), (4L, "code", ContractSql.IdentifierRule), (5L, "code", ContractSql.IdentifierRule),
            (8L, "code", ContractSql.IdentifierRule));
        w.Rows("SELECT code FROM dim_municipality ORDER BY code").Should().Equal("71701000", "Ишим-1.a", new string('ж', 64));
    }

    [Fact]
    public void ARefusedValueIsNeverEchoedIntoTheReasonTheAuditOrTheOutcome()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("programs.csv", "program_id,title,kind,federal_registry,topics", "P1,Программа,pk,true,\"Иванов Иван Иванович 112-233-445 95\"");

        var run = w.Ingest();

        var refusal = run.Files.Single().Refusals.Should().ContainSingle().Subject;
        refusal.Reason.Should().StartWith("недопустимое значение в списке").And.NotContain("Иванов").And.NotContain("112");
        string.Join("\n", w.Rows("SELECT reason FROM audit_refusal")).Should().NotContain("Иванов").And.NotContain("112");
    }

    [Fact]
    public void AFileNameHoldingASnilsOrADateIsRecordedAsItsKindAndHash()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_Иванов_112-233-445 95_12.03.1985.csv",
            "year,snils,birth_date,org_id,role,experience_years", "2024,112-233-445 95,12.03.1985,7201000001,teacher,10");

        var run = w.Ingest();

        var teachers = run.Files.Single(f => f.Kind == "teachers");
        teachers.Status.Should().Be(FileStatus.Loaded);
        teachers.FileName.Should().MatchRegex("^teachers-[0-9a-f]{12}\\.csv$");
        w.Rows("SELECT file_name || ' ' || coalesce(archived_as, '') FROM audit_file WHERE kind = 'teachers'").Single()
            .Should().NotContain("112-233").And.NotContain("1985").And.NotContain("Иванов");
        Directory.GetFiles(w.ArchiveRoot, "*", SearchOption.AllDirectories).Should().NotContain(p => p.Contains("Иванов"));
    }

    [Fact]
    public async Task AFifoIsRefusedWithoutBeingOpenedAndTheOtherFilesLoad()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        MakeFifo(Path.Combine(w.Inbox.Folder, "teachers_fifo.csv"));

        var run = await Task.Run(() => w.Ingest()).WaitAsync(TimeSpan.FromSeconds(60)); // a FIFO must never block the run

        run.Files.Single(f => f.FileName == "teachers_fifo.csv").Reason.Should().StartWith("не обычный файл");
        run.FilesLoaded.Should().Be(3);
        w.Rows("SELECT outcome FROM audit_run").Should().Equal("refusals");
        w.Count("SELECT count(*) FROM dim_organization").Should().Be(3);
    }

    [Fact]
    public void AFolderInTheInboxIsToldAsRefusedOnceAndLeftAsItIs()
    {
        // A municipality's files dropped as a folder were ignored without a word, run after run.
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        var folder = Path.Combine(w.Inbox.Folder, "Тобольск 2024");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "teachers_2024.csv"), "year,snils,birth_date,org_id,role,experience_years\n2024,112-233-445 95,12.03.1985,7201000001,teacher,10\n");
        Directory.CreateDirectory(Path.Combine(w.Inbox.Folder, ".git")); // a hidden folder is not data,
        Directory.CreateDirectory(Path.Combine(w.Inbox.Folder, "lost+found")); // nor a volume's own

        for (var cycle = 0; cycle < 2; cycle++)
        {
            var run = w.Ingest();
            run.Files.Where(f => f.Status == FileStatus.Refused).Select(f => (f.FileName, f.Reason))
                .Should().Equal(("Тобольск 2024", "папка, а не файл: файлы из папок не загружаются — положите их в саму входящую папку"));
        }

        w.Count("SELECT count(*) FROM audit_file WHERE file_name = 'Тобольск 2024'").Should().Be(1, "one refusal, not one per cycle");
        File.Exists(Path.Combine(folder, "teachers_2024.csv")).Should().BeTrue("nothing is moved out of it");
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(0);
    }

    [Fact]
    public async Task AnUnreadableFileOfAnUnknownKindMetEveryCycleIsRecordedOnce()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        MakeFifo(Path.Combine(w.Inbox.Folder, "notes_fifo.csv"));
        MakeFifo(Path.Combine(w.Inbox.Folder, "teachers_fifo.csv"));

        for (var cycle = 0; cycle < 3; cycle++)
        {
            var run = await Task.Run(() => w.Ingest()).WaitAsync(TimeSpan.FromSeconds(60));
            run.Files.Single(f => f.FileName == "notes_fifo.csv").Reason.Should().StartWith("не обычный файл");
        }

        w.Count("SELECT count(*) FROM audit_run").Should().Be(3);
        w.Count("SELECT count(*) FROM audit_file WHERE file_name = 'notes_fifo.csv'").Should().Be(1, "the same unreadable file is one refusal, not one per cycle");
        w.Count("SELECT count(*) FROM audit_file WHERE file_name = 'teachers_fifo.csv'").Should().Be(1);
    }

    [Fact]
    public void AFileNameReachesTheConsoleOnlyAsItIsRecordedWithoutItsSnilsOrItsControlCharacters()
    {
        // The progress line printed the name as found: a СНИЛС in it went to the console and the
        // service's log, and a line break or an escape sequence in it forged or coloured their lines.
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities_112-233-445 95.csv", "code,name", "71701000,город Тюмень"); // the first file: its progress is printed
        w.Inbox.Utf8("diagnostics_x\nRun 99: 0 files\u001b[31m\u202Evsc.csv", "snils,date,area,score", "112-233-445 95,2024-02-10,subject,55");

        var run = TestWarehouse.Cli(Path.GetDirectoryName(w.Path)!, "ingest", "--quiet", "2", "--keep", "--inbox", w.Inbox.Folder, "--db", w.Path);

        run.Code.Should().Be(0, run.Error);
        var console = run.Output + run.Error;
        run.Error.Should().MatchRegex(@"Waiting \d s: .*file-[0-9a-f]{12}\.csv"); // the files were written just now
        console.Should().Contain("diagnostics_x_Run 99: 0 files_[31m_vsc.csv").And.MatchRegex(@"… municipalities-[0-9a-f]{12}\.csv: 1 of 1 rows read");
        console.Should().NotContain("112-233-445").And.NotContain("\u001b").And.NotContain("\u202E");
        console.Split('\n').Should().NotContain(line => line.StartsWith("Run 99", StringComparison.Ordinal));
        w.Rows("SELECT file_name FROM audit_file WHERE kind = 'diagnostics'").Should().Equal("diagnostics_x_Run 99: 0 files_[31m_vsc.csv");
        Directory.GetFiles(w.ArchiveRoot, "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Should().Contain("diagnostics_x_Run 99: 0 files_[31m_vsc.csv").And.NotContain(n => n!.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void ControlCharactersInATextCellBecomeOneSpaceAndACellOfThemAloneIsEmpty()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv",
            "code,name",
            "71701000,\"город\r\nТюмень\u001b[0m\"",
            "71702000,\u0001\u0007",
            "71703000,\"\tгород\vИшим\u007f\uffff\"");

        var file = w.Ingest().Files.Single();

        file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal((4L, "name", "обязательное значение не заполнено"));
        w.Rows("SELECT code || '|' || name FROM dim_municipality ORDER BY code").Should().Equal("71701000|город Тюмень [0m", "71703000|город Ишим");
    }

    [Fact]
    public void AMalformedSheetIsRefusedAndTheFilesAfterItLoad()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        RawXlsx.Write(Path.Combine(w.Inbox.Folder, "municipalities_broken.xlsx"),
            [new RawXlsx.Sheet("Лист1", false, x => x.Write("<row r=\"1\"><c t=\"inlineStr\"><is><t>code</t></is></c><row>"))]);

        var run = w.Ingest();

        run.Files.Single(f => f.FileName == "municipalities_broken.xlsx").Reason.Should().Be("файл не читается как XLSX (повреждён или другого формата)");
        run.FilesLoaded.Should().Be(3);
        w.Count("SELECT count(*) FROM dim_program").Should().Be(3);
    }

    [Fact]
    public void XlsxBombsAreRefusedByTheirBudgetWithinOneGigabyte()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        // One cell of 200 million characters (a few hundred KB compressed).
        RawXlsx.Write(Path.Combine(w.Inbox.Folder, "municipalities_cell.xlsx"), [new RawXlsx.Sheet("Лист1", false, x =>
        {
            x.Write("<row r=\"1\"><c t=\"inlineStr\"><is><t>code</t></is></c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>");
            var chunk = new string('a', 1 << 20);
            for (var i = 0; i < 200; i++)
            {
                x.Write(chunk);
            }
            x.Write("</t></is></c></row>");
        })]);
        // Six million shared strings.
        RawXlsx.Write(Path.Combine(w.Inbox.Folder, "municipalities_strings.xlsx"),
            [new RawXlsx.Sheet("Лист1", false, x => x.Write(RawXlsx.Row(1, "code", "name")))],
            s =>
            {
                for (var i = 0; i < 6_000_000; i++)
                {
                    s.Write("<si><t>x</t></si>");
                }
            });
        // A row numbered two billion.
        RawXlsx.Write(Path.Combine(w.Inbox.Folder, "municipalities_row.xlsx"),
            [new RawXlsx.Sheet("Лист1", false, x => x.Write(RawXlsx.Row(1, "code", "name") + RawXlsx.Row(2_000_000_000, "71701000", "город Тюмень")))]);
        var clock = Stopwatch.StartNew();

        var run = w.Ingest();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        run.Files.Single(f => f.FileName == "municipalities_cell.xlsx").Reason.Should().StartWith("ячейка XLSX длиннее 32767 знаков");
        run.Files.Single(f => f.FileName == "municipalities_strings.xlsx").Reason.Should().StartWith("в файле XLSX больше 5 000 000 строк");
        run.Files.Single(f => f.FileName == "municipalities_row.xlsx").Reason.Should().StartWith("номер строки листа больше 1048576");
        run.FilesLoaded.Should().Be(3);
        Process.GetCurrentProcess().PeakWorkingSet64.Should().BeLessThan(1L << 30);
    }

    [Fact]
    public void TheFirstVisibleSheetIsReadNotAHiddenOne()
    {
        using var w = new TestWarehouse();
        RawXlsx.Write(Path.Combine(w.Inbox.Folder, "municipalities.xlsx"),
        [
            new RawXlsx.Sheet("Справочник", true, x => x.Write(RawXlsx.Row(1, "code", "name") + RawXlsx.Row(2, "00000000", "скрытый"))),
            new RawXlsx.Sheet("Данные", false, x => x.Write(RawXlsx.Row(1, "code", "name") + RawXlsx.Row(2, "71701000", "город Тюмень"))),
        ]);

        w.Ingest();

        w.Rows("SELECT code || ' ' || name FROM dim_municipality").Should().Equal("71701000 город Тюмень");
    }

    /// <summary>
    /// A formula that failed (a lookup of a tutor's СНИЛС that found nothing: #N/A) leaves an error in its
    /// cell. In an XLSX the reader gave no value, so an optional column lost it silently (a route loaded
    /// without its tutor, lowering the share of routes with a tutor); in a CSV saved by a Russian Excel the
    /// error is text («#Н/Д»), which an optional text column loaded as if it were a value. Both are refused
    /// as what they are; the row's value stays in the rejects report.
    /// </summary>
    [Fact]
    public void AnExcelFormulaErrorIsRefusedAsSuchWhateverTheColumnAndTheFormat()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        RoutesWithATutorCell(w, "<c t=\"e\"><f>VLOOKUP(B2,Тьюторы!A:B,2,0)</f><v>#N/A</v></c>");
        w.Inbox.Utf8("mentoring_2024.csv", "mentee_snils;start_date;form", "112-233-445 95;01.03.2024;#Н/Д", "123-456-789 64;01.03.2024;индивидуальная");
        w.Inbox.Utf8("diagnostics_2024.csv", "snils;date;area;score", "112-233-445 95;01.03.2024;subject;#ДЕЛ/0!", "123-456-789 64;01.03.2024;subject;70");

        var files = w.Ingest().Files;

        foreach (var (name, line, column) in new[] { ("routes_2024.xlsx", 2L, "tutor_snils"), ("mentoring_2024.csv", 2L, "form"), ("diagnostics_2024.csv", 2L, "score") })
        {
            var file = files.Single(f => f.FileName == name);
            file.RowsLoaded.Should().Be(1, name);
            file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal([(line, column, ContractSql.FormulaErrorRule)], name);
        }
        w.Rows("SELECT count(*) FROM fact_route WHERE tutor_key IS NULL").Should().Equal("0");
        w.Rows("SELECT form FROM fact_mentoring").Should().Equal("индивидуальная");
    }

    /// <summary>
    /// A workbook written by a program that does not calculate (a script's export) holds formulas without their
    /// values: the reader gave such a cell no value, so an optional column lost it silently. Now refused as a
    /// formula. A CSV's text «=…» stays plain text, as every text of a file (neutralized where it is written out).
    /// </summary>
    [Fact]
    public void AFormulaWithoutItsValueIsRefusedAsSuch()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        RoutesWithATutorCell(w, "<c><f>VLOOKUP(B2,Тьюторы!A:B,2,0)</f></c>");
        w.Inbox.Utf8("mentoring_2024.csv", "mentee_snils;start_date;form", "112-233-445 95;01.03.2024;\"=ВПР(A2;Формы!A:B;2;0)\"", "123-456-789 64;01.03.2024;индивидуальная");

        var files = w.Ingest().Files;

        var routes = files.Single(f => f.FileName == "routes_2024.xlsx");
        routes.RowsLoaded.Should().Be(1);
        routes.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal([(2L, "tutor_snils", ContractSql.FormulaRule)]);
        files.Single(f => f.FileName == "mentoring_2024.csv").RowsRefused.Should().Be(0);
        w.Rows("SELECT form FROM fact_mentoring ORDER BY form").Should().Equal("=ВПР(A2;Формы!A:B;2;0)", "индивидуальная");
    }

    /// <summary>routes_2024.xlsx: route R1 whose tutor's cell is <paramref name="tutorCell"/> (sheet row 2), and R2 with a tutor.</summary>
    private static void RoutesWithATutorCell(TestWarehouse w, string tutorCell) =>
        RawXlsx.Write(Path.Combine(w.Inbox.Folder, "routes_2024.xlsx"), [new RawXlsx.Sheet("Лист1", false, x =>
        {
            x.Write(RawXlsx.Row(1, "route_id", "snils", "created_date", "tutor_snils"));
            x.Write("<row r=\"2\"><c t=\"inlineStr\"><is><t>R1</t></is></c><c t=\"inlineStr\"><is><t>112-233-445 95</t></is></c>"
                + $"<c t=\"inlineStr\"><is><t>2024-03-01</t></is></c>{tutorCell}</row>");
            x.Write(RawXlsx.Row(3, "R2", "123-456-789 64", "2024-03-01", "112-233-445 95"));
        })]);

    [Fact]
    public void ValuesOutOfReasonAreRefused()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_2024.csv",
            "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1985,7201000001,teacher,10",
            "2024,123-456-789 64,0001-01-01,7201000001,teacher,1",
            "2024,111-111-111 45,01.01.1800,7201000001,teacher,1",
            "2024,200-000-001 19,01.01.2019,7201000001,teacher,5",
            "2024,200-000-002 20,01.01.2000,7201000001,teacher,12");
        w.Inbox.Utf8("diagnostics_2024.csv", "snils,date,area,score", "112-233-445 95,2024-02-10,subject,NaN", "112-233-445 95,9999-12-31,subject,50", "112-233-445 95,2024-02-10,digital,Infinity");

        var run = w.Ingest();

        run.Files.Single(f => f.Kind == "teachers").Refusals.Select(r => (r.Line, r.Reason)).Should().Equal(
            (3L, "дата вне диапазона: с 01.01.1900 до конца следующего года"),
            (4L, "дата вне диапазона: с 01.01.1900 до конца следующего года"),
            (5L, "возраст в году среза вне диапазона 14..100 лет"),
            (6L, "стаж больше возраста без 14 лет"));
        run.Files.Single(f => f.Kind == "diagnostics").Refusals.Select(r => (r.Line, r.Reason)).Should().Equal(
            (2L, "ожидается число"), (3L, "дата вне диапазона: с 01.01.1900 до конца следующего года"), (4L, "ожидается число"));
    }

    [Fact]
    public void ABytesRefusedForTheirNameLoadUnderAGoodName()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities list.csv", "code,name", "71701000,город Тюмень");
        w.Inbox.Utf8("муниципалитеты.csv", "code,name", "71701000,город Тюмень");
        w.Ingest(keep: false).FilesRefused.Should().Be(2);

        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень");
        var run = w.Ingest(keep: false);

        run.FilesLoaded.Should().Be(1);
        w.Count("SELECT count(*) FROM dim_municipality").Should().Be(1);
    }

    [Fact]
    public void ARestoredWarehouseOrASharedArchiveNeverOverwritesAnArchivedInput()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень");
        w.Ingest(keep: false);
        var backup = w.Path + ".backup";
        File.Copy(w.Path, backup);
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень", "71603000,Армизонский район");
        w.Ingest(keep: false);
        File.Copy(backup, w.Path, overwrite: true); // restored: run numbers repeat
        Thread.Sleep(1100);
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,Тюмень");
        w.Ingest(keep: false);

        var archived = Directory.GetFiles(w.ArchiveRoot, "municipalities.csv", SearchOption.AllDirectories);
        archived.Select(File.ReadAllText).Should().HaveCount(3).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void AnArchiveThatCannotBeWrittenRefusesTheFileAndLeavesTheWarehouseUnchanged()
    {
        // A file where the archive folder should be stops even root (who writes through mode bits).
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень");
        var blocked = Path.Combine(w.Folder.Path, "archive-is-a-file");
        File.WriteAllText(blocked, "");
        using var connection = w.OpenReadWrite();
        var run = new IngestService(connection, TestWarehouse.Pseudonymizer).Run(new IngestOptions(w.Inbox.Folder, blocked) { Keep = false });

        run.Files.Single().Status.Should().Be(FileStatus.Refused);
        run.Files.Single().Reason.Should().StartWith("архив недоступен для записи");
        connection.Scalar<long>("SELECT count(*) FROM dim_municipality").Should().Be(0);
        File.Exists(Path.Combine(w.Inbox.Folder, "municipalities.csv")).Should().BeTrue("the input stays until it is archived");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TheWarehouseTheArchiveAndTheRejectsAreOwnerOnly()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень", "../x,Злой");

        var run = w.Ingest(keep: false);

        var archived = run.Files.Single().ArchivedAs!;
        File.GetUnixFileMode(w.Path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(archived).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(archived + ".rejects.csv").Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(Path.GetDirectoryName(archived)!).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void TheRejectsReportNeutralizesFormulas()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень", "\"=HYPERLINK(\"\"http://evil\"\")\",Злой", "+cmd,Злой", "@SUM(1),Злой");

        var run = w.Ingest(keep: false);

        var report = File.ReadAllLines(run.Files.Single().ArchivedAs + ".rejects.csv").Skip(1).ToList();
        report.Select(l => l.Split(',')[3]).Should().Equal("\"'=HYPERLINK(\"\"http://evil\"\")\"", "'+cmd", "'@SUM(1)");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
    }
}
