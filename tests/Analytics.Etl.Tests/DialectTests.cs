using Analytics.Etl.Loading;
using Analytics.Etl.Tests.Support;

namespace Analytics.Etl.Tests;

/// <summary>The same rows in every dialect the contract allows load to the same warehouse rows.</summary>
public class DialectTests
{
    private static readonly string[] FactTables = ["main.fact_staff", "main.fact_staffing", "main.fact_diagnostic", "main.dim_person", "main.dim_year"];

    private static Dictionary<string, List<string>> Facts(TestWarehouse w)
    {
        var facts = w.Dump().Where(t => FactTables.Contains(t.Key)).ToDictionary();
        facts.Should().HaveCount(FactTables.Length);
        facts["main.fact_staff"].Should().NotBeEmpty();
        return facts;
    }

    [Fact]
    public void AWindows1251SemicolonFileWithRussianHeadersLoadsTheRowsOfItsUtf8Twin()
    {
        using var utf8 = new TestWarehouse();
        utf8.Inbox.WithReferences();
        utf8.Inbox.Utf8("teachers_2024.csv",
            "year,snils,last_name,first_name,middle_name,birth_date,org_id,role,experience_years,position",
            "2024,112-233-445 95,Иванова,Анна,Петровна,1990-03-12,7201000001,teacher,10,\"учитель математики, информатики\"",
            "2024,12345678964,Петров,Иван,Сергеевич,1975-11-01,7201000001,manager,25,директор",
            "2024,012-345-678 19,Сидорова,Ольга,Ивановна,2000-01-31,7203000001,teacher,1,учитель");
        utf8.Inbox.Utf8("staffing_2024.csv",
            "org_id,date,positions,filled",
            "7201000001,2024-09-01,40.5,38.25",
            "7203000001,2024-09-01,\"12,5\",\"11,75\"");
        utf8.Inbox.Utf8("diagnostics_2024.csv",
            "snils,date,area,score",
            "112-233-445 95,2024-02-10,subject,55.5",
            "112-233-445 95,2024-02-10,digital,80");

        using var cp1251 = new TestWarehouse();
        cp1251.Inbox.WithReferences();
        cp1251.Inbox.Cp1251("Teachers-2024.csv",
            "Год;СНИЛС;Фамилия;Имя;Отчество;Дата рождения;Код ОО;Категория;Педагогический стаж;Должность",
            "2024;112-233-445 95;Иванова;Анна;Петровна;12.03.1990;7201000001;педагог;10;учитель математики, информатики",
            "2024;12345678964;Петров;Иван;Сергеевич;01.11.1975;7201000001;Руководитель;25;директор",
            "2024;012-345-678 19;Сидорова;Ольга;Ивановна;31.01.2000;7203000001;ПЕДАГОГ;1;учитель");
        cp1251.Inbox.Cp1251("staffing_2024.csv",
            "код ОО;дата;штатные единицы;занято",
            "7201000001;01.09.2024;40,5;38,25",
            "7203000001;01.09.2024;12,5;11,75");
        cp1251.Inbox.Cp1251("diagnostics_2024.csv",
            " СНИЛС ;Дата диагностики;Вид дефицита;Балл",
            "112-233-445 95;10.02.2024;предметные;55,5",
            "112-233-445 95;10.02.2024;ИКТ;80");

        utf8.Ingest().RowsRefused.Should().Be(0);
        cp1251.Ingest().RowsRefused.Should().Be(0);

        utf8.Count("SELECT count(*) FROM fact_staff").Should().Be(3);
        utf8.Rows("SELECT org_id, positions, filled FROM fact_staffing ORDER BY org_id")
            .Should().Equal("7201000001|40.5|38.25", "7203000001|12.5|11.75");
        Facts(cp1251).Should().BeEquivalentTo(Facts(utf8));
    }

    [Fact]
    public void AnXlsxWrittenByAnotherLibraryLoadsTheRowsOfItsCsvTwin()
    {
        using var csv = new TestWarehouse();
        csv.Inbox.WithReferences();
        csv.Inbox.Utf8("teachers_2024.csv",
            "year,snils,last_name,first_name,middle_name,birth_date,org_id,role,experience_years,position",
            "2024,112-233-445 95,Иванова,Анна,Петровна,12.03.1990,7201000001,teacher,10,учитель",
            "2024,012-345-678 19,Сидорова,Ольга,Ивановна,31.01.2000,7203000001,teacher,1,учитель");
        csv.Inbox.Utf8("staffing_2024.csv",
            "org_id,date,positions,filled",
            "7201000001,01.09.2024,40.5,38.25");

        using var xlsx = new TestWarehouse();
        xlsx.Inbox.WithReferences();
        OpenXmlSheet.Write(Path.Combine(xlsx.Inbox.Folder, "teachers_2024.xlsx"),
        [
            ["Год", "СНИЛС", "Фамилия", "Имя", "Отчество", "Дата рождения", "Код ОО", "Категория", "Педагогический стаж", "Должность"],
            // СНИЛС and the organization code stored as numbers (Excel does that): 1234567819 lost its leading zero.
            [2024, 11223344595L, "Иванова", "Анна", "Петровна", new DateOnly(1990, 3, 12), 7201000001L, "педагог", 10, "учитель"],
            [2024, 1234567819L, "Сидорова", "Ольга", "Ивановна", new DateOnly(2000, 1, 31), 7203000001L, "teacher", 1.0, "учитель"],
        ]);
        OpenXmlSheet.Write(Path.Combine(xlsx.Inbox.Folder, "staffing_2024.xlsx"),
        [
            ["org_id", "date", "positions", "filled"],
            ["7201000001", new DateOnly(2024, 9, 1), 40.5, 38.25],
        ]);

        csv.Ingest().RowsRefused.Should().Be(0);
        var run = xlsx.Ingest();
        run.RowsRefused.Should().Be(0);
        run.RowsLoaded.Should().Be(2 + 3 + 3 + 2 + 1);

        xlsx.Rows("SELECT org_id, birth_year, experience_years FROM fact_staff ORDER BY birth_year")
            .Should().Equal("7201000001|1990|10", "7203000001|2000|1");
        Facts(xlsx).Should().BeEquivalentTo(Facts(csv));
    }

    [Fact]
    public void DatesOfAWorkbookCountingFrom1904AreReadAsTheDatesExcelShows()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        // 10 February 2024 is 45332 days after 1899-12-30 and 43870 after 1904-01-01.
        OpenXmlSheet.Write(Path.Combine(w.Inbox.Folder, "diagnostics_2024.xlsx"),
        [
            ["snils", "date", "area", "score"],
            ["112-233-445 95", new DateOnly(2024, 2, 10), "subject", 50.0], // a date cell
            ["12345678964", 43870.0, "digital", 60.0], // a bare serial in a date column
        ], date1904: true);

        w.Ingest().RowsRefused.Should().Be(0);

        w.Rows("SELECT strftime(date, '%Y-%m-%d'), area FROM fact_diagnostic ORDER BY area")
            .Should().Equal("2024-02-10|digital", "2024-02-10|subject");
    }

    [Fact]
    public void LineNumbersArePhysicalLinesAcrossQuotedLineBreaksAndBlankLines()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8Bom("diagnostics.csv",
            "snils;date;area;score",
            "112-233-445 95;2024-02-10;subject;50",
            "\"112-233-445",
            "95\";2024-02-11;subject;50",
            "",
            "#123-456-789 64;2024-02-12;subject;50",
            "112-233-445 96;2024-02-13;subject;50");

        var file = w.Ingest().Files.Single(f => f.FileName == "diagnostics.csv");

        // Line 3-4 is one record whose quoted СНИЛС holds a line break ("112-233-445\n95": a bad format);
        // line 5 is blank; line 6 starts with '#' and is data, not a comment; line 7 has a bad checksum.
        file.RowsRead.Should().Be(4);
        file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal(
            (3L, "snils", "СНИЛС содержит недопустимые символы (ожидается 123-456-789 01 или 12345678901)"),
            (6L, "snils", "СНИЛС содержит недопустимые символы (ожидается 123-456-789 01 или 12345678901)"),
            (7L, "snils", "неверная контрольная сумма СНИЛС"));
        file.RowsLoaded.Should().Be(1);
    }

    [Fact]
    public void AHeaderWhoseExtraNamesHoldMoreOfTheOtherSeparatorIsReadWithTheSeparatorThatMapsItsColumns()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        // Counted on the header line, the commas of the unquoted extra name outnumber the semicolons
        // (5 to 4), and the comma file's semicolons equal its commas (4 and 4), which reads as «;».
        w.Inbox.Cp1251("diagnostics_2024.csv",
            "СНИЛС;дата;область;балл;примечание (кто, когда, где, зачем, почему, как)",
            "112-233-445 95;10.02.2024;предметные;55,5;Петрова, в школе",
            "12345678964;11.02.2024;ИКТ;80;");
        w.Inbox.Utf8("diagnostics_2023.csv",
            "snils,date,area,score,note; who; when; where; why",
            "112-233-445 95,2023-02-10,subject,50,x",
            "12345678964,2023-02-11,digital,60.5,");

        var run = w.Ingest();

        run.Files.Where(f => f.Kind == "diagnostics").Should().HaveCount(2).And.OnlyContain(f => f.Status == FileStatus.Loaded && f.RowsLoaded == 2 && f.RowsRefused == 0);
        w.Rows("SELECT strftime(date, '%Y-%m-%d'), area, score FROM fact_diagnostic ORDER BY date")
            .Should().Equal("2023-02-10|subject|50", "2023-02-11|digital|60.5", "2024-02-10|subject|55.5", "2024-02-11|digital|80");
    }

    [Fact]
    public void ARowOfWhiteSpaceAloneIsBlankAndARowWithAnEmptyFirstCellIsNot()
    {
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8Bom("diagnostics.csv",
            "snils;date;area;score",
            "112-233-445 95;2024-02-10;subject;50",
            "\u00A0; \t ;\u3000;",
            ";2024-02-11;subject;50",
            "\u2009;;;\u00A0x",
            "112-233-445 95;2024-02-12;subject;50");

        var file = w.Ingest().Files.Single(f => f.FileName == "diagnostics.csv");

        // Line 3 holds white space alone: blank, not a row. Lines 4 and 5 begin with an empty or
        // white cell but hold something else: rows, refused.
        file.RowsRead.Should().Be(4);
        file.Refusals.Select(r => (r.Line, r.Column)).Should().Equal(
            (4L, "snils"), (5L, "snils"), (5L, "date"), (5L, "area"), (5L, "score"));
        file.RowsLoaded.Should().Be(2);
    }

    [Fact]
    public void WhiteSpaceOfEveryKindAroundACellIsTrimmedAndACellOfWhiteSpaceAloneIsEmpty()
    {
        using var clean = new TestWarehouse();
        clean.Inbox.WithReferences();
        clean.Inbox.Utf8("teachers_2024.csv",
            "year,snils,last_name,first_name,middle_name,birth_date,org_id,role,experience_years,position",
            "2024,112-233-445 95,Иванова,Анна,Петровна,1990-03-12,7201000001,teacher,10,учитель математики",
            "2024,12345678964,Петров,Иван,Сергеевич,1975-11-01,7201000001,manager,25,директор");

        using var padded = new TestWarehouse();
        padded.Inbox.WithReferences();
        // No-break space, ideographic space, thin space, narrow no-break space, tab, line separator:
        // before, after or on both sides of a cell; the space inside «учитель математики» stays.
        padded.Inbox.Utf8("teachers_2024.csv",
            "year,snils,last_name,first_name,middle_name,birth_date,org_id,role,experience_years,position",
            "\u00A02024,112-233-445 95\u3000,Иванова,Анна,Петровна,\u20091990-03-12\u202F,\t7201000001,teacher\u2028,10\u00A0,\u3000учитель математики\u3000",
            "2024,12345678964,Петров,Иван,Сергеевич,1975-11-01,7201000001\u205F,\u1680manager,\u200A25,директор",
            "2024,012-345-678 19,Сидорова,Ольга,Ивановна,2000-01-31,\u3000\u00A0,teacher,1,учитель");

        var file = padded.Ingest().Files.Single(f => f.FileName == "teachers_2024.csv");
        clean.Ingest();

        file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal((4L, "org_id", "обязательное значение не заполнено"));
        Facts(padded).Should().BeEquivalentTo(Facts(clean));
    }

    [Fact]
    public void BooleansAsRussianExcelWritesThemLoadAsTheirContractTwins()
    {
        // Excel in a Russian locale writes a TRUE/FALSE cell as ИСТИНА/ЛОЖЬ when it saves a CSV.
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Cp1251("programs.csv",
            "код программы;наименование программы;вид;часы;организация;ФР ДПП;сетевая форма",
            "P1;Функциональная грамотность;ПК;72;ТОГИРРО;ИСТИНА;ЛОЖЬ",
            "P2;Цифровая школа;ПК;36;ТОГИРРО;ложь;Истина",
            "P3;Управление ОО;ПП;250;ТОГИРРО;Ложь;истина",
            "P4;Наставничество;ПК;16;ТОГИРРО;правда;ложь");

        var file = w.Ingest().Files.Single(f => f.FileName == "programs.csv");

        file.Refusals.Select(r => (r.Line, r.Column, r.Reason)).Should().Equal((5L, "ФР ДПП", "ожидается да/нет (true/false, 1/0, yes/no)"));
        w.Rows("SELECT program_id, federal_registry, network_form FROM dim_program ORDER BY program_id")
            .Should().Equal("P1|True|False", "P2|False|True", "P3|False|True");
    }

    [Fact]
    public void APercentageIsTheNumberExcelShowsInAnXlsxCellAndACsvCell()
    {
        // A score or a target typed as a percentage: Excel stores 0.855 and shows «85,5%»; a CSV saved
        // from it holds «85,5%». Read as the stored fraction, 85,5 % would load as 0,855 — a deficit —
        // and a target of 80 % as 0,8, met by any figure.
        using var w = new TestWarehouse();
        w.Inbox.WithReferences();
        w.Inbox.Utf8("teachers_2024.csv",
            "year,snils,last_name,first_name,middle_name,birth_date,org_id,role,experience_years,position",
            "2024,112-233-445 95,Иванова,Анна,Петровна,12.03.1990,7201000001,teacher,10,учитель");
        OpenXmlSheet.Write(Path.Combine(w.Inbox.Folder, "diagnostics_2024.xlsx"),
        [
            ["СНИЛС", "дата", "область", "балл"],
            ["112-233-445 95", new DateOnly(2024, 2, 10), "предметные", new Percent(0.855)],
            ["112-233-445 95", new DateOnly(2024, 2, 10), "методические", new Percent(0.4, Custom: true)],
            ["112-233-445 95", new DateOnly(2024, 2, 10), "ИКТ", 62.5],
        ]);
        w.Inbox.Cp1251("diagnostics_2024_b.csv",
            "СНИЛС;дата;область;балл",
            "112-233-445 95;11.02.2024;коммуникативные;85,5%",
            "112-233-445 95;11.02.2024;предметные;40 %",
            "112-233-445 95;11.02.2024;методические;101%");
        OpenXmlSheet.Write(Path.Combine(w.Inbox.Folder, "targets.xlsx"),
        [
            ["показатель", "с года", "целевое значение"],
            ["diag_coverage", 2024, new Percent(0.8)],
        ]);
        w.Inbox.Utf8("staffing_2024.csv",
            "org_id;date;positions;filled",
            "7201000001;01.09.2024;40;95%");

        var run = w.Ingest();

        run.Files.Single(f => f.FileName == "diagnostics_2024_b.csv").Refusals.Select(r => (r.Line, r.Column, r.Reason))
            .Should().Equal((4L, "балл", "значение вне диапазона 0..100"));
        run.Files.Single(f => f.FileName == "staffing_2024.csv").Refusals.Select(r => (r.Line, r.Column, r.Reason))
            .Should().Equal((2L, "filled", "ожидается число"));
        w.Rows("SELECT strftime(d.date, '%d.%m') || ' ' || d.area || ' ' || d.score FROM fact_diagnostic d ORDER BY d.date, d.area")
            .Should().Equal("10.02 digital 62.5", "10.02 methodical 40.0", "10.02 subject 85.5", "11.02 communicative 85.5", "11.02 subject 40.0");
        w.Rows("SELECT indicator || ' ' || from_year || ' ' || target FROM target_override").Should().Equal("diag_coverage 2024 80.0");
    }

    [Fact]
    public void ACodeInANumberCellFormattedWithLeadingZerosIsReadAsExcelShowsIt()
    {
        // ОКТМО and ИНН of some regions start with 0 («01…», «02…»); typed into Excel they become numbers, and
        // the format «00000000» is how a sheet keeps showing them whole. Read as stored, 07701000 is 7701000.
        using var w = new TestWarehouse();
        w.Inbox.Utf8("municipalities.csv",
            "code,name,kind",
            "07701000,город Горно-Алтайск,городской округ");
        OpenXmlSheet.Write(Path.Combine(w.Inbox.Folder, "organizations.xlsx"),
        [
            ["код ОО", "наименование", "код МО", "тип ОО"],
            ["0411000001", "МБОУ СОШ № 1", new ZeroPadded(7701000), "школа"],
            ["0411000002", "МБОУ СОШ № 2", 7701000L, "школа"],
        ]);

        var file = w.Ingest().Files.Single(f => f.FileName == "organizations.xlsx");

        file.Refusals.Select(r => (r.Line, r.Column, r.Reason))
            .Should().Equal((3L, "код МО", "неизвестный муниципалитет (нет в справочнике муниципалитетов)"));
        w.Rows("SELECT org_id || ' ' || municipality_code FROM dim_organization").Should().Equal("0411000001 07701000");
    }
}
