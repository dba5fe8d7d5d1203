using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Support;

namespace Analytics.Etl.Tests;

/// <summary>Each refusal reason of the contract names file, line, column and reason; the other rows load.</summary>
public class RefusalTests
{
    private const string TeacherHeader = "year,snils,last_name,first_name,middle_name,birth_date,org_id,role,experience_years";
    private const string GoodTeacher1 = "2024,112-233-445 95,Иванова,Анна,Петровна,12.03.1990,7201000001,teacher,10";
    private const string GoodTeacher2 = "2024,123-456-789 64,Петров,Иван,Сергеевич,01.11.1975,7201000001,manager,25";

    public static TheoryData<string, string[], string, string> RowRefusals => new()
    {
        // file, its lines (header, good, BAD at line 3, good), the column named, the reason
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 46,Сидоров,Пётр,Ильич,01.01.1980,7201000001,teacher,5", GoodTeacher2], "snils", "неверная контрольная сумма СНИЛС" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-11,Сидоров,Пётр,Ильич,01.01.1980,7201000001,teacher,5", GoodTeacher2], "snils", "СНИЛС должен содержать 11 цифр" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,,Сидоров,Пётр,Ильич,01.01.1980,7201000001,teacher,5", GoodTeacher2], "snils", "обязательное значение не заполнено" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 45,Сидоров,Пётр,Ильич,31.02.1980,7201000001,teacher,5", GoodTeacher2], "birth_date", "ожидается дата дд.ММ.гггг или гггг-ММ-дд" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 45,Сидоров,Пётр,Ильич,01.01.2025,7201000001,teacher,5", GoodTeacher2], "birth_date", "возраст в году среза вне диапазона 14..100 лет" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 45,Сидоров,Пётр,Ильич,01.01.1980,7299999999,teacher,5", GoodTeacher2], "org_id", "неизвестная организация (нет в справочнике организаций)" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 45,Сидоров,Пётр,Ильич,01.01.1980,7201000001,директор,5", GoodTeacher2], "role", "недопустимое значение; допустимо: teacher, manager" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 45,Сидоров,Пётр,Ильич,01.01.1980,7201000001,teacher,-1", GoodTeacher2], "experience_years", "значение вне диапазона 0..80" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 45,Сидоров,Пётр,Ильич,01.01.1980,7201000001,teacher,пять", GoodTeacher2], "experience_years", "ожидается число" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,111-111-111 45,Сидоров,Пётр,Ильич,01.01.1980,7201000001,teacher,2.5", GoodTeacher2], "experience_years", "ожидается целое число" },
        { "teachers_2024.csv", [TeacherHeader, GoodTeacher1, "2024,112-233-445 95,Иванова,Анна,Петровна,12.03.1990,7201000002,teacher,11", GoodTeacher2], "snils", "повтор ключа (year, snils) в файле: действует строка 3" },
        { "diagnostics_2024.csv", ["snils,date,area,score", "112-233-445 95,2024-02-10,subject,50", "112-233-445 95,2024-02-10,methodical,120", "112-233-445 95,2024-02-10,digital,70"], "score", "значение вне диапазона 0..100" },
        { "diagnostics_2024.csv", ["snils,date,area,score", "112-233-445 95,2024-02-10,subject,50", "112-233-445 95,2024-02-10,физические,20", "112-233-445 95,2024-02-10,digital,70"], "area", "недопустимое значение; допустимо: subject, methodical, psych_pedagogical, digital, communicative" },
        { "courses_2024.csv", ["snils,program_id,start_date,end_date,status", "112-233-445 95,P1,2024-03-01,2024-03-20,completed", "112-233-445 95,P9,2024-04-01,2024-04-20,completed", "123-456-789 64,P2,2024-03-01,,in_progress"], "program_id", "неизвестная программа (нет в справочнике программ)" },
        { "courses_2024.csv", ["snils,program_id,start_date,end_date,status", "112-233-445 95,P1,2024-03-01,2024-03-20,completed", "112-233-445 95,P2,2024-04-01,2024-03-20,completed", "123-456-789 64,P2,2024-03-01,,in_progress"], "end_date", "дата окончания раньше даты начала" },
        { "courses_2024.csv", ["snils,program_id,start_date,end_date,status", "112-233-445 95,P1,2024-03-01,2024-03-20,completed", "112-233-445 95,P2,2024-04-01,,завершил", "123-456-789 64,P2,2024-03-01,,in_progress"], "end_date", "не указана дата окончания завершённого курса" },
        { "courses_2024.csv", ["snils,program_id,start_date,end_date,status", "112-233-445 95,P1,2024-03-01,2024-03-20,completed", "112-233-445 95,P2,2024-04-01,,учится", "123-456-789 64,P2,2024-03-01,,in_progress"], "status", "недопустимое значение; допустимо: completed, in_progress, dropped" },
        { "mentoring_2024.csv", ["mentee_snils,mentor_snils,start_date,end_date,form", "112-233-445 95,123-456-789 64,2024-09-01,,наставничество", "111-111-111 45,123-456-789 64,2024-09-01,2024-08-01,наставничество", "222-222-222 90,,2024-09-01,2025-06-30,"], "end_date", "дата окончания раньше даты начала" },
        { "mentoring_2024.csv", ["mentee_snils,mentor_snils,start_date,end_date,form", "112-233-445 95,123-456-789 64,2024-09-01,,наставничество", "111-111-111 45,123-456-789 65,2024-09-01,,наставничество", "222-222-222 90,,2024-09-01,2025-06-30,"], "mentor_snils", "неверная контрольная сумма СНИЛС" },
        { "routes_2024.csv", ["route_id,snils,created_date,tutor_snils,status,completed_date", "R1,112-233-445 95,2024-03-01,123-456-789 64,active,", "R2,111-111-111 45,2024-03-01,,completed,2024-02-01", "R3,222-222-222 90,2024-03-01,,,"], "completed_date", "дата окончания раньше даты начала" },
        { "methodists_2024.csv", ["year,snils,municipality_code,role", "2024,112-233-445 95,71701000,методист", "2024,111-111-111 45,71999000,тьютор", "2024,222-222-222 90,71603000,expert"], "municipality_code", "неизвестный муниципалитет (нет в справочнике муниципалитетов)" },
        { "staffing_2024.csv", ["org_id,date,positions,filled", "7201000001,2024-09-01,40,38", "7203000001,2024-09-01,10,12", "7203000001,2024-01-15,10,9.5"], "filled", "занято больше, чем штатных единиц" },
        { "staffing_2024.csv", ["org_id,date,positions,filled", "7201000001,2024-09-01,40,38", "7299999999,2024-09-01,10,9", "7203000001,2024-01-15,10,9.5"], "org_id", "неизвестная организация (нет в справочнике организаций)" },
        { "staffing_2024.csv", ["org_id,date,positions,filled", "7201000001,2024-09-01,40,38", "7203000001,2024-09-01,десять,9", "7203000001,2024-01-15,10,9.5"], "positions", "ожидается число" },
        { "organizations_new.csv", ["org_id,name,municipality_code,type,low_results", "7201000009,СОШ № 9,71701000,school,false", "7201000010,СОШ № 10,71701000,school,может быть", "7201000011,СОШ № 11,71701000,school,"], "low_results", "ожидается да/нет (true/false, 1/0, yes/no)" },
        { "organizations_new.csv", ["org_id,name,municipality_code,type,low_results", "7201000009,СОШ № 9,71701000,school,false", "7201000010,СОШ № 10,71799999,school,нет", "7201000011,СОШ № 11,71701000,school,"], "municipality_code", "неизвестный муниципалитет (нет в справочнике муниципалитетов)" },
        { "organizations_new.csv", ["org_id,name,municipality_code,type,low_results", "7201000009,СОШ № 9,71701000,school,false", "7201000010,СОШ № 10,71701000,лицей,нет", "7201000011,СОШ № 11,71701000,school,"], "type", "недопустимое значение; допустимо: school, preschool, additional, college, university, dpo" },
        { "programs_new.csv", ["program_id,title,kind,federal_registry,topics", "P7,Программа 7,pk,true,gifted", "P8,Программа 8,pk,true,\"gifted;astronomy\"", "P9,Программа 9,pp,false,"], "topics", "недопустимое значение в списке; допустимо: quality_assessment, low_results_schools, career_guidance, upbringing, gifted, preschool, management, digital" },
        { "targets_2025.csv", ["indicator,from_year,target", "pd_share,2025,20", "happiness_index,2025,100", "route_share,2025,\"12,5\""], "indicator", "недопустимое значение; допустимо:" },
        // A share's target above 100 % can never be met and a negative one always is: both loaded silently.
        { "targets_2025.csv", ["indicator,from_year,target", "pd_share,2025,20", "diag_coverage,2025,150", "teachers_per_methodist,2025,150"], "target", "показатель — доля в %, значение больше 100" },
        { "targets_2025.csv", ["indicator,from_year,target", "pd_share,2025,20", "route_share,2025,-5", "route_share,2026,100%"], "target", "значение меньше 0" },
        // «250 %» for teachers per methodist (a number of persons) loaded as 250: the sign says the value was meant as another measure.
        { "targets_2025.csv", ["indicator,from_year,target", "pd_share,2025,20 %", "teachers_per_methodist,2025,250%", "teachers_per_methodist,2026,250"], "target", "значение со знаком %, а показатель измеряется не в процентах (чел.)" },
        { "measures.csv", ["municipality_code,indicator,year,title,start_date,end_date,responsible,status", "71701000,diag_coverage,2024,Диагностика дефицитов,2025-02-01,2025-03-01,ММС,выполнено", "71999000,diag_coverage,2024,Диагностика дефицитов,2025-02-01,,ММС,запланировано", "регион,route_share,2024,Семинар для тьюторов,2025-02-01,,ЦНППМ,запланировано"], "municipality_code", "неизвестный муниципалитет (нет в справочнике муниципалитетов)" },
        { "measures.csv", ["municipality_code,indicator,year,title,start_date,end_date,responsible,status", "71701000,diag_coverage,2024,Диагностика дефицитов,2025-02-01,2025-03-01,ММС,выполнено", "71701000,happiness_index,2024,Праздник,2025-02-01,,ММС,запланировано", "регион,route_share,2024,Семинар для тьюторов,2025-02-01,,ЦНППМ,запланировано"], "indicator", "недопустимое значение; допустимо:" },
        { "measures.csv", ["municipality_code,indicator,year,title,start_date,end_date,responsible,status", "71701000,diag_coverage,2024,Диагностика дефицитов,2025-02-01,2025-03-01,ММС,выполнено", "71701000,pd_3y_share,2024,Курсы,2025-02-01,2025-01-10,МОУО,выполнено", "регион,route_share,2024,Семинар для тьюторов,2025-02-01,,ЦНППМ,запланировано"], "end_date", "дата окончания раньше даты начала" },
        { "measures.csv", ["municipality_code,indicator,year,title,start_date,end_date,responsible,status", "71701000,diag_coverage,2024,Диагностика дефицитов,2025-02-01,2025-03-01,ММС,выполнено", "71701000,pd_3y_share,2024,Курсы,2025-02-01,,Иванов И. И.,выполнено", "регион,route_share,2024,Семинар для тьюторов,2025-02-01,,ЦНППМ,запланировано"], "responsible", "недопустимое значение; допустимо: department, mms, mouo, heads, cnppm, togirro" },
    };

    [Theory]
    [MemberData(nameof(RowRefusals))]
    public void ARefusedRowIsNamedByFileLineColumnAndReasonAndTheRestOfTheFileLoads(string fileName, string[] lines, string column, string reason)
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8(fileName, lines);

        var file = w.Ingest().Files.Single(f => f.FileName == fileName);

        file.Status.Should().Be(FileStatus.Loaded);
        file.RowsRead.Should().Be(3);
        file.RowsRefused.Should().Be(1);
        file.RowsLoaded.Should().Be(2, "the file's other rows load");
        var refusal = file.Refusals.Should().ContainSingle().Subject;
        refusal.Line.Should().Be(reason.StartsWith("повтор", StringComparison.Ordinal) ? 2 : 3);
        refusal.Column.Should().Be(column);
        refusal.Reason.Should().StartWith(reason);

        w.Rows("SELECT f.file_name, r.line, r.column_name, r.reason FROM audit_refusal r JOIN audit_file f USING (file_id)")
            .Should().ContainSingle().Which.Should().StartWith($"{fileName}|{refusal.Line}|{column}|{reason}");
        var report = File.ReadAllLines(file.ArchivedAs + ".rejects.csv");
        report[0].Should().Be("file,line,column,value,reason");
        report.Should().HaveCount(2);
        report[1].Should().StartWith($"{fileName},{refusal.Line},{column},");
        report[1].Should().Contain(reason.Split(';')[0]);
    }

    /// <summary>
    /// A header that is a column's name with a note after it («Результат, %», «Дефициты (список)», «СНИЛС*»), as
    /// people write units and hints into headers: a required column so named was refused as missing without a
    /// word of the header that was meant, and an optional one was ignored as an extra column — a programs file
    /// loaded every program without its deficit areas, silently. Both are now told, by the column's place and
    /// the name it begins with (the header itself, text from the file, is not echoed).
    /// </summary>
    [Fact]
    public void AHeaderThatIsAColumnsNameWithANoteAfterItIsToldByItsPlace()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("diagnostics_2024.csv", "СНИЛС;Дата диагностики;Область;Результат, %", "112-233-445 95;01.03.2024;subject;70");
        w.Inbox.Utf8("programs_extra.csv", "код программы;наименование программы;вид;ФР ДПП;Дефициты (список);дефицитов нет", "P9;Цифровая среда;pk;да;digital;");

        var files = w.Ingest().Files;

        var diagnostics = files.Single(f => f.FileName == "diagnostics_2024.csv");
        diagnostics.Status.Should().Be(FileStatus.Refused);
        diagnostics.Reason.Should().Be("нет обязательного столбца «score» (результат, балл) для файла вида «diagnostics»; "
            + "столбец 4 заголовка начинается с «результат», но назван длиннее — если это «score», оставьте в имени только «результат»");
        var programs = files.Single(f => f.FileName == "programs_extra.csv");
        programs.Status.Should().Be(FileStatus.Loaded, "an extra column is no reason to refuse a file");
        programs.Notes.Should().Equal("столбец 5 заголовка начинается с «дефициты», но назван длиннее и не прочитан — если это «areas», оставьте в имени только «дефициты»");
        w.Rows("SELECT program_id, len(areas) FROM dim_program WHERE program_id = 'P9'").Should().Equal("P9|0");
        w.Rows("SELECT notes FROM audit_file WHERE file_name = 'programs_extra.csv'").Should().Equal(programs.Notes.Single());
        w.Rows("SELECT count(*) FROM audit_file WHERE notes IS NOT NULL").Should().Equal("1");
    }

    /// <summary>
    /// «teachers_2025.csv» exported with last year's year in every row loaded into 2024's snapshot, replacing
    /// those persons' 2024 rows, and 2025 got none — without a word. The contract gives a name's year no
    /// meaning, so the file loads, but its line now says so; a file with some rows of its year does not.
    /// </summary>
    [Fact]
    public void ASnapshotFileWithoutARowOfTheYearInItsNameIsToldSo()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_2025.csv", "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1985,7201000001,teacher,10",
            "2024,123-456-789 64,12.03.1985,7201000001,teacher,10",
            "2023,012-345-678 19,12.03.1985,7201000001,teacher,10");
        w.Inbox.Utf8("teachers_2026_correction.csv", "year,snils,birth_date,org_id,role,experience_years",
            "2026,112-233-445 95,12.03.1985,7201000001,teacher,11",
            "2025,123-456-789 64,12.03.1985,7201000001,teacher,11");
        w.Inbox.Utf8("methodists.csv", "year,snils,municipality_code,role", "2024,112-233-445 95,71701000,tutor");

        var files = w.Ingest().Files;

        var teachers = files.Single(f => f.FileName == "teachers_2025.csv");
        teachers.Status.Should().Be(FileStatus.Loaded);
        teachers.RowsLoaded.Should().Be(3);
        teachers.Notes.Should().Equal("в имени файла — 2025 год, а строк 2025 года в нём нет (строк 2023 года: 1; 2024 года: 2): "
            + "если выгружен не тот год, загрузите верный файл — строки этого файла заменили прежние строки тех же лет");
        w.Rows("SELECT notes FROM audit_file WHERE file_name = 'teachers_2025.csv'").Should().Equal(teachers.Notes.Single());
        files.Single(f => f.FileName == "teachers_2026_correction.csv").Notes.Should().BeEmpty("a row of 2026 is there");
        files.Single(f => f.FileName == "methodists.csv").Notes.Should().BeEmpty("no year in the name");
    }

    [Fact]
    public void AFileMissingARequiredColumnIsRefusedWholeNamingTheColumn()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_2024.csv",
            "year,last_name,first_name,birth_date,org_id,role,experience_years",
            "2024,Иванова,Анна,12.03.1990,7201000001,teacher,10");

        var file = w.Ingest().Files.Single(f => f.FileName == "teachers_2024.csv");

        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().Be("нет обязательного столбца «snils» (СНИЛС) для файла вида «teachers»");
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(0);
        w.Rows("SELECT outcome, reason FROM audit_file WHERE file_name = 'teachers_2024.csv'")
            .Should().Equal("refused|нет обязательного столбца «snils» (СНИЛС) для файла вида «teachers»");
        File.ReadAllText(file.ArchivedAs + ".rejects.csv").Should().Contain("teachers_2024.csv,0,«snils» (СНИЛС),,нет обязательного столбца");
    }

    [InlineData("salaries_2024.csv", "year,sum\n2024,1\n", "неизвестный вид файла: имя должно начинаться с одного из municipalities, organizations, programs, targets,")]
    // A second download of a file (the browser's «programs (1).csv») and a name typed with a space: the kind is read from
    // before the first «_», «-», «.» or digit, so they have none; the reason says so and how to rename.
    [InlineData("programs (1).csv", "program_id,title,kind,federal_registry\nP1,Курс,pk,да\n",
        "неизвестный вид файла: вид — начало имени до первого «_», «-», «.» или цифры, здесь это «programs (»; "
        + "если это файл вида «programs», переименуйте его так, чтобы за «programs» сразу шёл один из этих знаков (например, «programs_1.csv»)")]
    [InlineData("Teachers 2024.xlsx", "not read",
        "неизвестный вид файла: вид — начало имени до первого «_», «-», «.» или цифры, здесь это «Teachers »; "
        + "если это файл вида «teachers», переименуйте его так, чтобы за «teachers» сразу шёл один из этих знаков (например, «teachers_1.xlsx»)")]
    [InlineData("teachers_2024.txt", "year\n2024\n", "неподдерживаемый формат «.txt»")]
    [InlineData("teachers_2025.csv", "year,snils,birth_date,org_id,role,experience_years\n", "в файле нет строк данных")]
    [InlineData("teachers_2026.csv", "", "пустой файл: нет строки заголовка")]
    [InlineData("diagnostics_2024.csv", "snils,date,area,score\n\"112-233-445 95,2024-02-10,subject,50\n", "нарушена структура CSV (кавычки)")]
    [InlineData("organizations.xlsx", "this is not a zip", "файл не читается как XLSX")]
    [InlineData("teachers_2027.csv", "year,snils,birth_date,org_id,role,experience_years\r2024,112-233-445 95,12.03.1990,7201000001,teacher,10\r",
        "строки разделены одним знаком CR (как в старых Mac): ожидаются концы строк LF или CRLF")]
    [InlineData("teachers_2028.csv", "year,snils, СНИЛС ,birth_date,org_id,role,experience_years\n2024,112-233-445 95,123-456-789 64,12.03.1990,7201000001,teacher,10\n",
        "столбец «snils» указан в заголовке больше одного раза: «snils», «СНИЛС»; оставьте один")]
    [Theory]
    public void AFileThatCannotBeReadIsRefusedWholeWithItsReasonAndChangesNothing(string name, string content, string reason)
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Ingest();
        var before = w.Dump("main.audit_run", "main.audit_file", "main.audit_refusal");
        File.WriteAllText(Path.Combine(w.Inbox.Folder, name), content);

        var run = w.Ingest();

        var file = run.Files.Single(f => f.FileName == name);
        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().StartWith(reason);
        run.HasRefusals.Should().BeTrue();
        w.Dump("main.audit_run", "main.audit_file", "main.audit_refusal").Should().BeEquivalentTo(before);
    }

    [Fact]
    public void ARowWithMoreFieldsThanTheHeaderIsRefusedForThatAloneAndTheOtherRowsLoad()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Cp1251("teachers_2024.csv",
            "Год;СНИЛС;Дата рождения;Код ОО;Категория;Стаж;Должность",
            // An unquoted «;» inside the last value: its second half has no column.
            "2024;112-233-445 95;12.03.1990;7201000001;педагог;10;учитель; совместитель",
            // A trailing empty field, as some exports write: nothing is lost.
            "2024;123-456-789 64;12.03.1980;7201000001;педагог;20;учитель;",
            // An empty extra field, then a value.
            "2024;012-345-678 19;12.03.1985;7201000001;педагог;5;учитель;;вторая ставка",
            // An unquoted «;» inside the first value shifts every cell: one reason, not seven.
            "2024;12345678964;Иванова; Анна;12.03.1975;7201000001;педагог;25;директор",
            "2024;001-001-999 65;01.02.1970;7203000001;педагог;30;учитель");

        var file = w.Ingest().Files.Single(f => f.FileName == "teachers_2024.csv");

        const string Reason = "в строке больше полей, чем столбцов в заголовке (7): знак «;» внутри значения без кавычек? Заключите такое значение в кавычки";
        file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal(
            (2L, "поле 8", Reason), (4L, "поле 8", Reason), (5L, "поле 8", Reason));
        file.RowsLoaded.Should().Be(2);
        w.Rows("SELECT experience_years FROM fact_staff ORDER BY experience_years").Should().Equal("20", "30");
        File.ReadAllLines(file.ArchivedAs + ".rejects.csv").Skip(1).Should().Equal(
            $"teachers_2024.csv,2,поле 8,,\"{Reason}\"", $"teachers_2024.csv,4,поле 8,,\"{Reason}\"", $"teachers_2024.csv,5,поле 8,,\"{Reason}\"");
    }

    [InlineData(".csv")]
    [InlineData(".xlsx")]
    [Theory]
    public void AFileWithATitleAboveItsHeaderIsRefusedNamingTheLineOfTheHeader(string extension)
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        string[][] rows =
        [
            ["Сведения о педагогических работниках, 2024 год"],
            [],
            ["Год", "СНИЛС", "Дата рождения", "Код ОО", "Категория", "Стаж"],
            ["2024", "112-233-445 95", "12.03.1990", "7201000001", "педагог", "10"],
        ];
        var name = "teachers_2024" + extension;
        if (extension == ".csv")
        {
            w.Inbox.Cp1251(name, [.. rows.Select(r => string.Join(";", r))]);
        }
        else
        {
            OpenXmlSheet.Write(Path.Combine(w.Inbox.Folder, name), rows.Select(r => r.Cast<object?>().ToArray()));
        }

        var file = w.Ingest().Files.Single(f => f.FileName == name);

        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().Be("заголовок найден в строке 3, а должен быть в первой: удалите строки над ним (название таблицы, пустые строки)");
        File.ReadAllText(file.ArchivedAs + ".rejects.csv").Should().Contain($"{name},3,");
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(0);
    }

    [Fact]
    public void AWorkbookWhoseDataIsNotOnItsFirstSheetIsRefusedNamingTheSheetsItHas()
    {
        // Seen: a workbook with an empty first sheet «Лист1» and the data on «Кадры» was refused «пустой лист: нет
        // строки заголовка», and one whose first sheet is a note («Пояснения») listed every column as missing —
        // neither said that only the first sheet is read, nor which sheet holds the data.
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        object?[][] data =
        [
            ["year", "snils", "birth_date", "org_id", "role", "experience_years"],
            ["2024", "112-233-445 95", "12.03.1990", "7201000001", "teacher", "10"],
        ];
        OpenXmlSheet.WriteSheets(Path.Combine(w.Inbox.Folder, "teachers_2024.xlsx"), false, ("Лист1", []), ("Кадры", data));
        OpenXmlSheet.WriteSheets(Path.Combine(w.Inbox.Folder, "teachers_2025.xlsx"), false,
            ("Пояснения", [["Выгрузка из регистра педагогов"]]), ("Кадры", data), ("01.09.2024", data));

        var files = w.Ingest().Files;

        var empty = files.Single(f => f.FileName == "teachers_2024.xlsx");
        empty.Status.Should().Be(FileStatus.Refused);
        empty.Reason.Should().Be("первый лист книги «Лист1» пуст, а читается только первый лист; данные — на листе «Кадры»: сделайте его первым или удалите пустой лист");
        var note = files.Single(f => f.FileName == "teachers_2025.xlsx");
        note.Status.Should().Be(FileStatus.Refused);
        note.Reason.Should().StartWith("нет обязательного столбца «year» (год); «snils» (СНИЛС);");
        note.Reason.Should().EndWith("; читается только первый лист книги, «Пояснения», а в ней есть и другие: «Кадры», лист 3 (его имя похоже на дату или СНИЛС) — если данные на другом листе, сделайте его первым");
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(0);
    }

    [InlineData("utf-16", true, false)]
    [InlineData("utf-16BE", true, false)]
    [InlineData("utf-16", false, false)]
    [InlineData("utf-16", false, true)]
    [InlineData("utf-16BE", false, true)]
    [Theory]
    public void AFileInUtf16IsRefusedWholeSayingHowToSaveIt(string encodingName, bool bom, bool russianHeader)
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        // Without a byte-order mark, a Russian header has no NUL beside its letters: U+04xx is 04 xx.
        var header = russianHeader ? "год;СНИЛС;дата рождения;код ОО;категория;стаж" : "year,snils,birth_date,org_id,role,experience_years";
        var separator = russianHeader ? ";" : ",";
        var text = header + "\r\n" + string.Join(separator, "2024", "112-233-445 95", "12.03.1990", "7201000001", "teacher", "10") + "\r\n";
        File.WriteAllBytes(Path.Combine(w.Inbox.Folder, "teachers_2024.csv"), [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);

        var file = w.Ingest().Files.Single(f => f.FileName == "teachers_2024.csv");

        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().Be("файл в кодировке UTF-16 (в Excel — «Текст в Юникоде»): ожидается UTF-8 или Windows-1251; сохраните его как «CSV UTF-8»");
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(0);
    }

    [Fact]
    public void AFileSeparatedByTabsIsRefusedWholeSayingHowToSaveIt()
    {
        // Excel's «Текст (разделители — табуляция)» renamed to .csv: every column was listed as missing.
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_2024.csv",
            "год\tСНИЛС\tдата рождения\tкод ОО\tкатегория\tстаж\tдолжность",
            "2024\t112-233-445 95\t12.03.1990\t7201000001\tпедагог\t10\tучитель; совместитель, классный руководитель");

        var file = w.Ingest().Files.Single(f => f.FileName == "teachers_2024.csv");

        file.Status.Should().Be(FileStatus.Refused);
        file.Reason.Should().Be("столбцы разделены знаком табуляции, а ожидается «;» или «,»: сохраните файл как «CSV (разделители — запятые)» или «CSV UTF-8»");
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(0);
    }

    [Fact]
    public void AHeaderRepeatedInsideTheFileIsOneRefusalNamingIt()
    {
        // Two exports concatenated (the second with its byte-order mark): the repeated header was
        // refused cell by cell, five reasons about numbers and dates for one line that is no data.
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_2024.csv",
            "year,snils,birth_date,org_id,role,experience_years",
            "2024,112-233-445 95,12.03.1990,7201000001,teacher,10",
            "\uFEFFYear,SNILS,birth_date,org_id,role,experience_years",
            "2024,012-345-678 19,31.01.2000,7203000001,teacher,1");

        var file = w.Ingest().Files.Single(f => f.FileName == "teachers_2024.csv");

        file.Refusals.Select(r => (r.Line, r.Column, r.Reason))
            .Should().Equal((3L, "year", "повтор строки заголовка внутри файла (выгрузки склеены в одну?)"));
        w.Count("SELECT count(*) FROM fact_staff").Should().Be(2);
    }
}
