using Analytics.Contract;
using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Support;
using Analytics.Warehouse;

namespace Analytics.Etl.Tests;

/// <summary>Idempotence, corrections, nothing lost, events before snapshots.</summary>
public class LoadGuaranteeTests
{
    [Fact]
    public void IngestingTheSamplesTwiceLoadsNothingNewAndLeavesEveryTableAsAfterTheFirst()
    {
        using var folder = new TempFolder();
        var db = folder["warehouse.duckdb"];
        var samples = Analytics.Tests.Support.RepositoryFiles.Samples;
        var samplesBefore = Directory.GetFiles(samples).Length;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = TestWarehouse.Cli(folder.Path, "ingest", "--now", "--inbox", samples, "--keep", "--db", db);
        var took = clock.Elapsed;
        first.Code.Should().Be(3, "the samples carry a few deliberately broken rows; " + first.Error);
        first.Output.Should().Contain("Run 1: 41 files (41 loaded, 0 skipped");
        // Off a terminal: one line per file between the header and the marts' and run's lines, and at most one progress line per 10 s.
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(44);
        lines[1..42].Should().OnlyContain(l => l.StartsWith("  loaded  ", StringComparison.Ordinal));
        first.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.Contains(" rows read, ", StringComparison.Ordinal))
            .And.HaveCountLessThanOrEqualTo(1 + (int)(took.TotalSeconds / 10));
        var afterFirst = TestDump(db);

        var second = TestWarehouse.Cli(folder.Path, "ingest", "--now", "--inbox", samples, "--keep", "--db", db);
        second.Code.Should().Be(0, second.Error);
        second.Output.Should().Contain("Run 2: 41 files (0 loaded, 41 skipped as loaded before, 0 refused); rows read 0, loaded 0, refused 0");
        var afterSecond = TestDump(db);

        // Every table but the run log (which records the second run, as every run is recorded) is unchanged.
        afterSecond.Keys.Should().Contain(["main.fact_staff", "main.audit_file", "main.audit_refusal"]);
        afterSecond.Should().BeEquivalentTo(afterFirst);
        afterFirst["main.fact_staff"].Count.Should().BeGreaterThan(80_000);
        Directory.GetFiles(samples).Length.Should().Be(samplesBefore, "--keep leaves the inbox as it is");
    }

    private static Dictionary<string, List<string>> TestDump(string db)
    {
        using var c = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(db);
        return TestWarehouse.DumpTables(c, "main.audit_run");
    }

    [Fact]
    public void ANewFileWithRowsOfAnExistingKeyReplacesThoseRows()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_2024_a.csv",
            "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1990,7201000001,teacher,10",
            "2024,123-456-789 64,01.11.1975,7201000001,manager,25");
        w.Ingest();
        w.Inbox.Utf8("teachers_2024_b.csv",
            "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1990,7203000001,teacher,11");

        w.Ingest().FilesLoaded.Should().Be(1);

        w.Rows("SELECT org_id, role, experience_years FROM fact_staff ORDER BY experience_years")
            .Should().Equal("7203000001|teacher|11", "7201000001|manager|25");
    }

    [Fact]
    public void WithinAKindFilesAreTakenByNameWhateverTheLetterCaseSoACorrectionInTheSameRunWins()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        // A case-sensitive order would take the capitalized correction before the file it corrects.
        w.Inbox.Utf8("teachers_2024.csv",
            "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1990,7201000001,teacher,10");
        w.Inbox.Utf8("Teachers_2024_correction.csv",
            "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1990,7203000001,teacher,11");

        var run = w.Ingest();

        run.Files.Select(f => f.FileName).Where(n => n.Contains("eachers", StringComparison.Ordinal))
            .Should().Equal("teachers_2024.csv", "Teachers_2024_correction.csv");
        w.Rows("SELECT org_id, experience_years FROM fact_staff").Should().Equal("7203000001|11");
    }

    [Fact]
    public void TheLaterMunicipalitiesFileCorrectsTheKindWhileTheCodeStays()
    {
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities_2024.csv", "code,name,kind", "71603000,Армизонский муниципальный район,муниципальный район");
        w.Inbox.Utf8("municipalities_2025.csv", "код МО;наименование;тип", "71603000;Армизонский муниципальный округ;муниципальный округ");

        w.Ingest();

        w.Rows("SELECT * FROM dim_municipality").Should().Equal("71603000|Армизонский муниципальный округ|муниципальный округ");
    }

    [Fact]
    public void EventsOfAPersonInNoSnapshotAreKept()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("diagnostics.csv", "snils,date,area,score", "555-555-555 23,2024-02-10,subject,40");

        w.Ingest().RowsLoaded.Should().BeGreaterThan(0);

        w.Count("SELECT count(*) FROM fact_diagnostic").Should().Be(1);
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(0);
    }

    [Fact]
    public void FilesAreProcessedInTheContractOrderSoReferencesLoadFirst()
    {
        using var w = new TestWarehouse();
        // Named so that alphabetical order would put the teachers first.
        w.Inbox.Utf8("teachers.csv", "year,snils,birth_date,org_id,role,experience_years", "2024,112-233-445 95,12.03.1990,7201000001,teacher,10");
        w.Inbox.Utf8("organizations.csv", "org_id,name,municipality_code,type", "7201000001,СОШ № 1,71701000,school");
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень");

        var run = w.Ingest();

        run.Files.Select(f => f.FileName).Should().Equal("municipalities.csv", "organizations.csv", "teachers.csv");
        run.RowsRefused.Should().Be(0);
    }

    [Fact]
    public void AFileRefusedForItsExtensionLoadsWhenRenamedAndASkippedFileSaysWhatBecameOfItsContent()
    {
        // Seen: «organizations.xlsm» was refused («неподдерживаемый формат …: принимаются .csv и .xlsx»); renamed to
        // .xlsx as told, it was skipped as «содержимое уже загружалось» — never loaded, and never to be.
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень");
        var workbook = Path.Combine(w.Inbox.Folder, "organizations.xlsm");
        OpenXmlSheet.Write(workbook, [["org_id", "name", "municipality_code", "type"], ["7201000001", "МАОУ СОШ № 1", "71701000", "school"], ["7201000002", "МАОУ СОШ № 2", "71799999", "school"]]);
        var first = w.Ingest(keep: false);
        first.Files.Select(f => (f.FileName, f.Status)).Should().Equal(("municipalities.csv", FileStatus.Loaded), ("organizations.xlsm", FileStatus.Refused));

        File.Copy(Path.Combine(Directory.GetDirectories(w.ArchiveRoot).Single(), "organizations.xlsm"), Path.Combine(w.Inbox.Folder, "organizations.xlsx"));
        var second = w.Ingest(keep: false);
        second.Files.Should().ContainSingle().Which.Status.Should().Be(FileStatus.Loaded);
        second.RowsLoaded.Should().Be(1);
        w.Count("SELECT count(*) FROM dim_organization").Should().Be(1);

        // The same content again: skipped, and told when it was loaded and that its refused row needs a changed file.
        File.Copy(Path.Combine(Directory.GetDirectories(w.ArchiveRoot).Order().Last(), "organizations.xlsx"), Path.Combine(w.Inbox.Folder, "organizations_again.xlsx"));
        var third = w.Ingest(keep: false).Files.Should().ContainSingle().Subject;
        third.Status.Should().Be(FileStatus.Skipped);
        third.Reason.Should().MatchRegex(@"^содержимое уже загружено \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} \(файл «organizations\.xlsx»; строк отклонено: 1\): "
            + "отклонённые строки загрузятся из исправленного файла — изменённое содержимое загружается заново; "
            + "строки с кодом, которого нет в справочнике «муниципалитеты», загрузятся, если прислать этот файл снова после обновления справочника$",
            "its refused row names a municipality missing from the list");

        // Content refused whole before: skipped, and told so with the reason, not «уже загружалось».
        w.Inbox.Utf8("programs.csv", "program_id,title", "P1,Функциональная грамотность");
        var refused = w.Ingest(keep: false).Files.Single();
        refused.Status.Should().Be(FileStatus.Refused);
        w.Inbox.Utf8("programs_copy.csv", "program_id,title", "P1,Функциональная грамотность");
        var again = w.Ingest(keep: false).Files.Should().ContainSingle().Subject;
        again.Status.Should().Be(FileStatus.Skipped);
        again.Reason.Should().MatchRegex(@"^это содержимое уже отклонено \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} \(файл «programs\.csv»\): ")
            .And.EndWith(": " + refused.Reason);

        // Bytes refused as one kind are another kind's file under its right name: a municipalities list dropped as
        // «teachers_new.csv» is refused for the missing columns, and loads when renamed «municipalities_new.csv».
        w.Inbox.Utf8("teachers_new.csv", "code,name", "71702000,город Тобольск");
        w.Ingest(keep: false).Files.Single().Status.Should().Be(FileStatus.Refused);
        w.Inbox.Utf8("municipalities_new.csv", "code,name", "71702000,город Тобольск");
        w.Ingest(keep: false).Files.Single().Status.Should().Be(FileStatus.Loaded);
        w.Count("SELECT count(*) FROM dim_municipality").Should().Be(2);
    }

    [Fact]
    public void RowsRefusedForACodeMissingFromAReferenceLoadWhenTheSameFileComesAgainAfterTheReferenceIsUpdated()
    {
        // Seen: a teachers file whose new school was not yet in the organizations list had that school's row refused
        // («неизвестная организация»); the list was updated, the same export sent again — and skipped as «содержимое
        // уже загружено …: отклонённые строки загрузятся из исправленного файла», though nothing in it was wrong.
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv", "code,name", "71701000,город Тюмень");
        w.Inbox.Utf8("organizations.csv", "org_id,name,municipality_code,type", "7201000001,МАОУ СОШ № 1,71701000,school");
        string[] teachers = ["year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1990,7201000001,teacher,10", "2024,102-189-067 23,01.02.1985,7201000002,teacher,12", "2024,112-233-445 96,01.02.1985,7201000001,teacher,12"];
        w.Inbox.Utf8("teachers_2024.csv", teachers);
        var first = w.Ingest(keep: false).Files.Single(f => f.Kind == "teachers");
        (first.RowsLoaded, first.RowsRefused).Should().Be((1, 2));

        // The same bytes before the list is updated: skipped, and told that they load again once it is.
        w.Inbox.Utf8("teachers_2024.csv", teachers);
        var skipped = w.Ingest(keep: false).Files.Single();
        skipped.Status.Should().Be(FileStatus.Skipped);
        skipped.Reason.Should().EndWith("; строки с кодом, которого нет в справочнике «организации», загрузятся, если прислать этот файл снова после обновления справочника");

        // The list updated (a new school), then the same bytes: loaded again, the school's teacher with them; the
        // row with a bad СНИЛС is refused again, and the file's note says why it loaded twice.
        w.Inbox.Utf8("organizations_2.csv", "org_id,name,municipality_code,type", "7201000002,МАОУ СОШ № 2,71701000,school");
        w.Ingest(keep: false).RowsLoaded.Should().Be(1);
        w.Inbox.Utf8("teachers_2024.csv", teachers);
        var again = w.Ingest(keep: false).Files.Single();
        (again.Status, again.RowsLoaded, again.RowsRefused).Should().Be((FileStatus.Loaded, 2L, 1L));
        again.Notes.Should().ContainSingle().Which.Should().MatchRegex(
            @"^загружен снова: это содержимое загружено \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} \(строк отклонено: 2\), после чего обновлён справочник «организации»$");
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(2);

        // Once more: nothing has changed since, so skipped.
        w.Inbox.Utf8("teachers_2024.csv", teachers);
        w.Ingest(keep: false).Files.Single().Status.Should().Be(FileStatus.Skipped);
    }

    [Fact]
    public void EveryInputIsArchivedAsReceivedAndTheInboxEmptiedWithoutKeep()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        var bytes = File.ReadAllBytes(Path.Combine(w.Inbox.Folder, "programs.csv"));

        var run = w.Ingest(keep: false);

        Directory.GetFiles(w.Inbox.Folder).Should().BeEmpty();
        var folder = Directory.GetDirectories(w.ArchiveRoot, $"run-{run.RunId:D6}-*").Should().ContainSingle().Subject;
        File.ReadAllBytes(Path.Combine(folder, "programs.csv")).Should().Equal(bytes);
        w.Rows("SELECT outcome, files_seen, files_loaded, rows_read, rows_loaded, rows_refused FROM audit_run")
            .Should().Equal("done|3|3|8|8|0");
    }

    [Fact]
    public void EveryStagingTableHasTheColumnsItsKindDeclaresAndNoneIsInTheWarehouse()
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var stage = new Staging.StageDatabase(connection);
        new Privacy.Pseudonymizer("k"u8.ToArray()).Register(connection);
        foreach (var kind in DataContract.Kinds)
        {
            var sql = new Validation.ContractSql(new Validation.HeaderMap(kind, kind.Columns.Select(c => c.Name).ToArray()));
            connection.Execute(sql.CreateRaw());
            connection.Execute(sql.Check());
            connection.Execute(sql.ValidRows());
            var columns = connection.Query("SELECT column_name FROM duckdb_columns() WHERE database_name = 'stage' AND table_name = $t ORDER BY column_index",
                r => r.GetString(0), ("t", kind.Name));
            columns.Should().Equal(kind.StoredColumns.Select(s => s.Target!).Prepend("record"), kind.Name);
        }

        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Ingest();
        w.Dump().Keys.Should().OnlyContain(t => t.StartsWith("main.", StringComparison.Ordinal), "staging lives in memory beside the warehouse, never in it");
    }

    [Fact]
    public void WithoutAConfiguredKeyAKeyFileIsCreatedOnceWithOwnerOnlyPermissions()
    {
        using var folder = new TempFolder();
        var warnings = new List<string>();
        var db = folder["wh/warehouse.duckdb"];

        var first = Privacy.PseudonymKeyStore.Resolve(null, db, warnings.Add);
        var second = Privacy.PseudonymKeyStore.Resolve(null, db, warnings.Add);

        first.Should().Equal(second);
        first.Length.Should().BeGreaterThanOrEqualTo(32);
        warnings.Should().ContainSingle().Which.Should().Contain("pseudonym.key");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(folder["wh/pseudonym.key"]).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Privacy.PseudonymKeyStore.Resolve("configured-key-of-thirty-two-bytes-or-more", db, warnings.Add).Should().Equal("configured-key-of-thirty-two-bytes-or-more"u8.ToArray());
    }
}
