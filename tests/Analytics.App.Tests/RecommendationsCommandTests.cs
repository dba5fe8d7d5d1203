using Analytics.Tests.Support;

namespace Analytics.App.Tests;

/// <summary>`recommendations --issue`: an issued set is a record, a new issue of the year replaces it, the site shows it.</summary>
public class RecommendationsCommandTests
{
    [Fact]
    public void IssuingTwiceReplacesTheSetRecordsBothRunsAndTheSiteShowsTheIssuedSet()
    {
        using var folder = new ServiceFolder();
        var ingest = CliProcess.Run(folder.Root, null, "ingest", "--inbox", ServiceFolder.Samples, "--db", folder.WarehousePath, "--keep", "--now");
        ingest.Code.Should().BeOneOf([0, 3], ingest.Error);
        var first = Path.Combine(folder.Root, "first.csv");
        var second = Path.Combine(folder.Root, "second.csv");

        // A year without values (2042 typed for 2024) is refused and records nothing: it recorded «рекомендации за
        // 2042 год выданы (0 рекомендаций)» and the site's cycle then counted a set issued for a year of no data.
        var typo = CliProcess.Run(folder.Root, null, "recommendations", "--db", folder.WarehousePath, "--year", "2042", "--issue", "--out", first);
        typo.Code.Should().Be(2);
        typo.Error.Trim().Should().Be("the warehouse has no indicator values for 2042: years with data are 2021, 2022, 2023, 2024, 2025");
        File.Exists(first).Should().BeFalse();

        var one = CliProcess.Run(folder.Root, null, "recommendations", "--db", folder.WarehousePath, "--year", "2024", "--issue", "--out", first);
        var two = CliProcess.Run(folder.Root, null, "recommendations", "--db", folder.WarehousePath, "--year", "2024", "--issue", "--out", second);

        one.Code.Should().Be(0, one.Error);
        two.Code.Should().Be(0, two.Error);
        one.Error.Should().Contain("рекомендации за 2024 год выданы (");
        two.Error.Should().Contain("выданы заново").And.Contain("заменён");
        var rows = File.ReadAllLines(first);
        rows.Length.Should().BeGreaterThan(20);
        File.ReadAllLines(second).Should().Equal(rows, "the same figures give the same set");
        rows.Skip(1).Should().OnlyContain(r => r.EndsWith($"выдан {DateTime.Today:dd.MM.yyyy}", StringComparison.Ordinal));
        folder.Count("SELECT count(*) FROM rec_recommendation WHERE year = 2024").Should().Be(rows.Length - 1, "the second issue replaced the first");
        folder.Count("SELECT count(*) FROM rec_issue").Should().Be(1, "the refused year recorded nothing");
        folder.Count("SELECT count(*) FROM audit_run WHERE command = 'recommendations'").Should().Be(2);
        folder.Count("SELECT count(*) FROM audit_run WHERE command = 'recommendations' AND note LIKE '%заменён%'").Should().Be(1);

        // Without --issue the command prints the issued set as it is.
        var printed = CliProcess.Run(folder.Root, null, "recommendations", "--db", folder.WarehousePath, "--year", "2024");
        printed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(rows.Length);
        // In Russian captions the position is the recommendation's number in the municipality's list, not a place
        // among municipalities (the texts' «место 19 из 26» is that): «Место в списке МО» read as the latter.
        var russian = CliProcess.Run(folder.Root, null, "recommendations", "--db", folder.WarehousePath, "--year", "2024", "--csv", "ru");
        russian.Output.TrimStart('\uFEFF').Split("\r\n")[0].Split(';')[5].Should().Be("№ рекомендации в перечне МО");

        var site = CliProcess.Run(folder.Root, null, "build-site", "--db", folder.WarehousePath, "--out", folder.Site);
        site.Code.Should().Be(0, site.Error);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var pages = Directory.GetFiles(Path.Combine(folder.Site, "municipalities"), "*.html");
        pages.Should().NotBeEmpty();
        foreach (var page in pages.Append(Path.Combine(folder.Site, "effectiveness.html")))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var status = document.QuerySelectorAll("div[data-year='2024'] .set-status").Should().ContainSingle().Subject.TextContent;
            status.Should().Be($"набор выдан {DateTime.Today:dd.MM.yyyy}", page);
            document.QuerySelectorAll("div[data-year='2025'] .set-status").Single().TextContent.Should().StartWith("проект");
        }
    }

    [Fact]
    public void WithoutAYearTheCommandTakesTheLatestCompleteYearAndWarnsOfAnIncompleteOneAskedFor()
    {
        using var folder = new ServiceFolder();
        Directory.CreateDirectory(folder.Inbox);
        foreach (var file in Directory.GetFiles(ServiceFolder.Samples))
        {
            File.Copy(file, Path.Combine(folder.Inbox, Path.GetFileName(file)));
        }
        // 2026's staff snapshot has arrived, none of its other files: the samples' 2025 teachers (Windows-1251, «;») moved a year on.
        var teachers = File.ReadAllBytes(Path.Combine(ServiceFolder.Samples, "teachers_2025.csv"));
        File.WriteAllBytes(Path.Combine(folder.Inbox, "teachers_2026.csv"),
            System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.Latin1.GetString(teachers).Replace("\n2025;", "\n2026;", StringComparison.Ordinal)));
        CliProcess.Run(folder.Root, null, "ingest", "--inbox", folder.Inbox, "--db", folder.WarehousePath, "--keep", "--now").Code.Should().BeOneOf(0, 3);

        var byDefault = CliProcess.Run(folder.Root, null, "recommendations", "--db", folder.WarehousePath);
        var asked = CliProcess.Run(folder.Root, null, "recommendations", "--db", folder.WarehousePath, "--year", "2026");

        byDefault.Code.Should().Be(0, byDefault.Error);
        var rows = byDefault.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        rows.Should().NotBeEmpty().And.OnlyContain(r => r.StartsWith("2025,", StringComparison.Ordinal));
        byDefault.Error.Should().NotContain("неполные");
        asked.Code.Should().Be(0, asked.Error);
        asked.Error.Should().Contain("warning: Данные за 2026 год неполные: «диагностика дефицитов» — строк нет (в 2025 г. — ");
    }
}
