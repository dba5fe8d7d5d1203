using System.Text;
using AngleSharp.Html.Parser;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// A year whose staff snapshot has arrived but not its other files (seen with a 2026 teachers file
/// beside 2025's complete data: the summary opened on 2026 with «0,0 %, цель не достигнута,
/// −73,8 п. п.»). The site opens on the last complete year and says, with the year that is not,
/// which files are missing; the pack says it too. The figures themselves stay as computed.
/// </summary>
public sealed class IncompleteYearTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Warehouse()
    {
        var inbox = Path.Combine(_folder, "inbox");
        Directory.CreateDirectory(inbox);
        void Csv(string name, params string[] lines) => File.WriteAllText(Path.Combine(inbox, name), string.Join("\n", lines) + "\n");
        Csv("municipalities.csv", "code,name", "71701000,город Тюмень");
        Csv("organizations.csv", "org_id,name,municipality_code,type", "7201000001,МАОУ СОШ № 1,71701000,school");
        Csv("programs.csv", "program_id,title,kind,federal_registry", "P1,Функциональная грамотность,pk,true");
        string[] persons = ["112-233-445 95", "123-456-789 64", "012-345-678 19"];
        foreach (var year in new[] { 2024, 2025 })
        {
            Csv($"teachers_{year}.csv", ["year,snils,birth_date,org_id,role,experience_years", .. persons.Select(p => $"{year},{p},12.03.1980,7201000001,teacher,20")]);
        }
        // 2024: 3 diagnostics and 6 courses; 2025: no diagnostics and 1 course (started in January, sent with 2024's file).
        Csv("diagnostics_2024.csv", ["snils,date,area,score", .. persons.Select(p => $"{p},2024-03-01,subject,70")]);
        Csv("courses_2024.csv", ["snils,program_id,start_date,end_date,status",
            .. persons.SelectMany(p => new[] { $"{p},P1,2024-02-01,2024-03-01,completed", $"{p},P1,2024-09-01,2024-10-01,completed" }),
            $"{persons[0]},P1,2025-01-15,,in_progress"]);
        var warehouse = Path.Combine(_folder, "warehouse.duckdb");
        using var connection = TestDefaults.Opener.OpenReadWrite(warehouse);
        using var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes("incomplete-year-tests"));
        new IngestService(connection, pseudonymizer).Run(new IngestOptions(inbox, Path.Combine(_folder, "archive")) { Keep = true }).RowsRefused.Should().Be(0);
        return warehouse;
    }

    private const string Notice = "Данные за 2025 год неполные: «диагностика дефицитов» — строк нет (в 2024 г. — 3); «обучение по ДПП» — строк 1 (в 2024 г. — 6)."
        + " Показатели, которые их считают, за этот год говорят о не поступивших файлах, а не о работе системы; по умолчанию показан 2024 год — последний с полными данными.";

    [Fact]
    public void AYearWithoutItsDiagnosticsAndWithAFifthOfItsCoursesIsIncompleteAndTheLastCompleteYearIsTheDefault()
    {
        var warehouse = Warehouse();
        using var connection = TestDefaults.MartOpener.OpenReadOnly(warehouse); // the marts refreshed first
        var data = SiteData.Load(connection, new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Local));

        data.Years.Should().Equal(2024, 2025);
        data.Shortfalls(2024).Should().BeEmpty("a kind with no earlier year is not judged");
        data.Shortfalls(2025).Should().Equal(new KindShortfall("diagnostics", 0, 2024, 3), new KindShortfall("courses", 1, 2024, 6));
        data.DefaultYear.Should().Be(2024);
        IncompleteYear.Text(data, 2025).Should().Be(Notice);
        IncompleteYear.Text(data, 2024).Should().BeNull();
        // The figures stay as the methodology computes them: nobody of 2025's staff was diagnosed in 2025.
        data.Region("diag_coverage", 2025)!.Value.Should().Be(0);

        var pack = new Pack.PackBuilder(data, new Pack.PackSettings(MinCell: 5), TestDefaults.Indicators).Build(2025);
        pack.Sections[0].Blocks[0].Should().Be(new Pack.PackParagraph(Notice), "the first section the board reads says it first");
        pack.Sections.Single(s => s.Title == "Охват и качество данных").Blocks.OfType<Pack.PackParagraph>().Select(p => p.Text).Should().Contain(Notice);
        new Pack.PackBuilder(data, new Pack.PackSettings(MinCell: 5), TestDefaults.Indicators).Build(2024).Sections
            .SelectMany(s => s.Blocks).OfType<Pack.PackParagraph>().Should().NotContain(p => p.Text.Contains("неполные", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSiteOpensOnTheLastCompleteYearAndShowsTheNoticeWithTheIncompleteOne()
    {
        var warehouse = Warehouse();
        var site = Path.Combine(_folder, "site");
        new SiteBuilder(TestDefaults.MartOpener, TestDefaults.Indicators).Build(warehouse, site);

        foreach (var page in new[] { "index.html", "collegium.html", Path.Combine("indicators", "diag_coverage.html") })
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, page)));
            document.QuerySelector("#year option[selected]")!.TextContent.Should().Be("2024", page);
            var notices = document.QuerySelectorAll(".incomplete-year").ToList();
            notices.Select(n => (n.GetAttribute("data-year"), n.TextContent)).Should().Equal([("2025", Notice)], page);
        }
    }
}
