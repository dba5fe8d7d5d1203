using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Analytics.Generator;
using Analytics.Etl.Privacy;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Tests;

/// <summary>A small generated region plus a school named like a script, and six named teachers in it.</summary>
public sealed class HostileSiteFixture : SiteFixture
{
    public const string ScriptName = "<script>alert(1)</script>";

    public const string LinkName = "<a href=\"https://evil.example/phish\">город Тюмень</a>";

    public const string FormulaName = "=HYPERLINK(\"http://evil.example\")";

    /// <summary>Control characters in a name (a vertical tab is Word's and Excel for Mac's line break inside a cell).</summary>
    public const string ControlName = "город\u000BКонтрольный\u0001\u0007";

    public HostileSiteFixture() : base(Prepare())
    {
    }

    public static string Inbox { get; private set; } = "";

    private static string Prepare()
    {
        Inbox = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"), "inbox");
        new InboxGenerator(new GeneratorOptions(Inbox, Teachers: 600, FirstYear: 2024, LastYear: 2025, Seed: 11)).Generate();
        File.WriteAllLines(Path.Combine(Inbox, "organizations_extra.csv"),
        [
            "org_id,name,municipality_code,type",
            $"7299000001,\"{ScriptName}\",71603000,school",
        ]);
        File.WriteAllLines(Path.Combine(Inbox, "municipalities_extra.csv"),
        [
            "code,name",
            $"71999001,\"{LinkName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
            $"71999002,\"{FormulaName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
            $"71999003,{ControlName}",
        ]);
        File.AppendAllLines(Path.Combine(Inbox, "organizations_extra.csv"),
        [
            "7299000002,Школа ссылки,71999001,school",
            "7299000003,Школа формулы,71999002,school",
        ]);
        var teachers = new List<string> { "year,snils,last_name,first_name,middle_name,birth_date,org_id,role,experience_years" };
        for (var i = 0; i < 18; i++)
        {
            teachers.Add($"2025,{Analytics.Generator.SnilsNumbers.Format(Analytics.Generator.SnilsNumbers.FromNumber(987_650_000 + i * 7))},Уникальнова{i},Снежана,Тестовна,{i % 28 + 1:00}.02.1988,729900000{i / 6 + 1},teacher,9");
        }
        File.WriteAllLines(Path.Combine(Inbox, "teachers_2025_extra.csv"), teachers);
        return Inbox;
    }
}

public class SiteContentTests(HostileSiteFixture site) : IClassFixture<HostileSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void NoFileOfTheSiteHoldsANameASnilsABirthDateOrAPersonKey()
    {
        var (snils, names, births) = Analytics.Tests.Support.PersonalValues.Of(HostileSiteFixture.Inbox);
        snils.Should().HaveCountGreaterThan(600);
        names.Should().Contain("Уникальнова3");
        var keys = PersonKeys();
        keys.Should().HaveCountGreaterThan(600);

        var files = Directory.EnumerateFiles(site.Site, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("plotly.min.js", StringComparison.Ordinal)).ToList();
        files.Should().Contain(f => f.EndsWith("index.html", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var words = text.Split([' ', '"', '<', '>', ',', ';', '(', ')', '\n', '«', '»', '.'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            foreach (var s in snils)
            {
                text.Should().NotContain(s, file);
                text.Should().NotContain(s.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), file);
            }
            words.Should().NotIntersectWith(names, file);
            foreach (var b in births)
            {
                text.Should().NotContain(b, file);
            }
            foreach (var k in keys)
            {
                text.Should().NotContain(k, file);
            }
        }
    }

    [Fact]
    public void SuppressedValuesAppearNowhereInTheSite()
    {
        var suppressed = site.Values.Where(v => v.Suppressed).ToList();
        suppressed.Should().NotBeEmpty("a 600-worker region has small cells");
        var names = new Dictionary<string, string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(site.Site, "municipalities"), "*.html"))
        {
            names[Path.GetFileNameWithoutExtension(page)] = Parser.ParseDocument(File.ReadAllText(page)).QuerySelector("h1")!.TextContent;
        }
        var checkedCells = 0;
        foreach (var indicator in IndicatorCatalog.All.Where(i => i.PersonBased))
        {
            var html = File.ReadAllText(Path.Combine(site.Site, "indicators", indicator.Code + ".html"));
            var document = Parser.ParseDocument(html);
            using var json = JsonDocument.Parse(document.GetElementById("page-data")!.TextContent);
            foreach (var v in suppressed.Where(v => v.Indicator == indicator.Code && v.Level == "municipality"))
            {
                var year = v.Year.ToString(CultureInfo.InvariantCulture);
                var row = document.QuerySelector($"[data-year='{year}'] tr[data-entity='{v.EntityCode}']")!;
                row.GetAttribute("data-value").Should().BeEmpty();
                row.TextContent.Should().Contain("мало данных");
                var ranking = json.RootElement.GetProperty("charts").GetProperty("ranking").GetProperty("byYear").GetProperty(year);
                ranking.GetRawText().Should().NotContain(JsonSerializer.Serialize(names[v.EntityCode]).Trim('"'), "a suppressed municipality has no bar");
                checkedCells++;
            }
        }
        foreach (var v in suppressed.Where(v => v.Level == "municipality"))
        {
            var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", v.EntityCode + ".html")));
            document.QuerySelector($"[data-year='{v.Year}'] tr[data-indicator='{v.Indicator}']")!.GetAttribute("data-value").Should().BeEmpty();
        }
        checkedCells.Should().BePositive();
    }

    [Fact]
    public void AnOrganizationNamedLikeAScriptIsShownAsText()
    {
        site.Values.Should().Contain(v => v.EntityCode == "7299000001" && !v.Suppressed && v.Value != null);
        var html = File.ReadAllText(Path.Combine(site.Site, "municipalities", "71603000.html"));
        html.Should().NotContain(HostileSiteFixture.ScriptName);
        var document = Parser.ParseDocument(html);
        document.QuerySelectorAll("td").Should().Contain(td => td.TextContent == HostileSiteFixture.ScriptName);
        document.QuerySelectorAll("script").Should().NotContain(s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.Id != "page-data");
    }

    [Fact]
    public void ControlCharactersInANameAreStoredAsSpacesSoThePackStillWritesItsXmlAndItsPictures()
    {
        // Seen: a municipality named with a vertical tab and a BEL stopped the pack («a script of the
        // pack failed in Chromium: Event»): they are not allowed in XML, so the chart pictures (SVG)
        // did not load, and the DOCX and XLSX could not hold them either.
        using (var connection = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse))
        {
            Analytics.Warehouse.DuckDbExtensions.Query(connection, "SELECT name FROM dim_municipality WHERE code = '71999003'", r => r.GetString(0))
                .Should().Equal("город Контрольный");
        }
        SiteData data;
        using (var connection = Analytics.Tests.Support.TestDefaults.MartOpener.OpenReadOnly(site.Warehouse))
        {
            data = SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local), OrganizationScope.None);
        }
        var files = new Pack.PackWriter(new Pack.PackSettings(MinCell: 5), Analytics.Tests.Support.TestDefaults.Indicators).Write(data, 2025, null, Path.Combine(site.Folder, "pack"), data.BuiltAt);

        new FileInfo(files.Pdf).Length.Should().BePositive();
        using var docx = System.IO.Compression.ZipFile.OpenRead(files.Docx);
        using var body = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
        body.ReadToEnd().Should().Contain("город Контрольный");
    }

    [Fact]
    public void ChartsShowAMunicipalityNamedLikeALinkAsTextNotALink()
    {
        var strings = PageDataStrings(Path.Combine(site.Site, "index.html"))
            .Concat(PageDataStrings(Path.Combine(site.Site, "indicators", "diag_coverage.html"))).ToList();
        strings.Should().Contain(t => t.Contains("&lt;a href=\"https://evil.example/phish\"&gt;город Тюмень&lt;/a&gt;", StringComparison.Ordinal));
        strings.Where(t => !t.StartsWith("Показатель;", StringComparison.Ordinal)).Should().NotContain(t => t.Contains("<a ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALongMunicipalityNameIsShownWholeBesideEveryChart()
    {
        // Seen on a country's gap map and deficits map: «Заозёрногригорьевский муниципальный округ» was cut to
        // «аозёрногригорьевский …» at the chart's left edge (a fixed margin for the names); here the 52-character name.
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await BrowserTests.Launch(playwright);
        var page = await browser.NewPageAsync(new Microsoft.Playwright.BrowserNewPageOptions { ViewportSize = new Microsoft.Playwright.ViewportSize { Width = 1280, Height = 900 } });
        foreach (var path in new[] { "index.html", "deficits.html", "collegium.html", Path.Combine("indicators", "diag_coverage.html") })
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Site, path)).AbsoluteUri, new Microsoft.Playwright.PageGotoOptions { WaitUntil = Microsoft.Playwright.WaitUntilState.Load });
            (await BrowserTests.TickLabelsCutAtTheLeft(page)).Should().BeEmpty(path);
        }
    }

    [Fact]
    public void TheSiteCsvNeutralizesAFormulaAndQuotesWhatNeedsIt()
    {
        var csv = PageDataStrings(Path.Combine(site.Site, "indicators", "diag_coverage.html")).First(t => t.StartsWith("Показатель;", StringComparison.Ordinal) && t.Contains("\n71999002;", StringComparison.Ordinal));
        var line = csv.Split('\n').Single(l => l.StartsWith("71999002;", StringComparison.Ordinal));
        line.Should().StartWith("71999002;\"'=HYPERLINK(\"\"http://evil.example\"\")\";2025;");
    }

    [Fact]
    public void ABuildIntoAFolderHoldingOtherFilesIsRefusedAndChangesNothing()
    {
        // Seen: `build-site --out` pointed at a shared folder of documents replaced it whole — «Отчёт коллегии.docx»
        // and the folder «архив» beside the pages were gone.
        var shared = Path.Combine(site.Folder, "shared-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(shared, "архив"));
        File.WriteAllText(Path.Combine(shared, "Отчёт коллегии.docx"), "важно");
        File.WriteAllText(Path.Combine(shared, "архив", "2024.xlsx"), "старое");
        File.WriteAllText(Path.Combine(shared, "index.html"), "<p>старая страница</p>");
        var builder = new SiteBuilder(Analytics.Tests.Support.TestDefaults.MartOpener, Analytics.Tests.Support.TestDefaults.Indicators);

        var build = () => builder.Build(site.Warehouse, shared);

        build.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            $"the site folder {shared} holds what a site build does not write: «Отчёт коллегии.docx», «архив»; a build replaces its whole folder, "
            + "so it goes only into a new or empty folder or that of an earlier build — nothing was changed, choose another folder");
        Directory.GetFiles(shared, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(shared, f) + "=" + File.ReadAllText(f)).Order(StringComparer.Ordinal)
            .Should().Equal("index.html=<p>старая страница</p>", "Отчёт коллегии.docx=важно", "архив/2024.xlsx=старое");
        Directory.GetDirectories(site.Folder, ".shared-*").Should().BeEmpty("no half-built copy is left");
    }

    [Fact]
    public void AnEarlierSitesFolderIsReplacedWithAFileBrowsersLitterAndABuiltSiteHoldsOnlyKnownEntries()
    {
        Directory.GetFileSystemEntries(site.Site).Select(Path.GetFileName).Should().OnlyContain(n => SiteFolder.Entries.Contains(n!));
        var earlier = Path.Combine(site.Folder, "earlier-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(earlier, "assets"));
        File.WriteAllText(Path.Combine(earlier, "index.html"), "<p>старая страница</p>");
        File.WriteAllText(Path.Combine(earlier, "Thumbs.db"), "");
        File.WriteAllText(Path.Combine(earlier, "desktop.ini"), "");

        new SiteBuilder(Analytics.Tests.Support.TestDefaults.MartOpener, Analytics.Tests.Support.TestDefaults.Indicators).Build(site.Warehouse, earlier);

        File.ReadAllText(Path.Combine(earlier, "index.html")).Should().Contain("Сводка");
        File.Exists(Path.Combine(earlier, "Thumbs.db")).Should().BeFalse("the folder is replaced whole");
    }

    [Fact]
    public void ACodeThatIsAPathNeverLeavesTheSiteFolderEvenFromTheWarehouse()
    {
        var victim = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"), "t", "victim");
        Directory.CreateDirectory(Path.GetDirectoryName(victim)!);
        var traversal = string.Concat(Enumerable.Repeat("../", 12)) + victim.TrimStart('/');
        var warehouse = Path.Combine(site.Folder, "traversal.duckdb");
        File.Copy(site.Warehouse, warehouse);
        using (var c = Analytics.Tests.Support.TestDefaults.Opener.OpenReadWrite(warehouse))
        {
            Analytics.Warehouse.DuckDbExtensions.Execute(c, "INSERT INTO dim_municipality (code, name) VALUES ($code, 'Злой район')", ("code", traversal));
        }
        var folder = Path.Combine(site.Folder, "traversal-site");

        new SiteBuilder(Analytics.Tests.Support.TestDefaults.MartOpener, Analytics.Tests.Support.TestDefaults.Indicators).Build(warehouse, folder);

        File.Exists(victim + ".html").Should().BeFalse();
        var page = PagePaths.Municipality(traversal);
        page.Should().MatchRegex("^municipalities/code-[0-9a-f]{16}\\.html$");
        File.ReadAllText(Path.Combine(folder, page)).Should().Contain("Злой район");
        PagePaths.Municipality("71701000").Should().Be("municipalities/71701000.html");
    }

    private static IEnumerable<string> PageDataStrings(string page)
    {
        var document = Parser.ParseDocument(File.ReadAllText(page));
        var json = System.Text.Json.Nodes.JsonNode.Parse(document.GetElementById("page-data")!.TextContent)!;
        return Strings(json);
        static IEnumerable<string> Strings(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => Strings(p.Value)),
            System.Text.Json.Nodes.JsonArray a => a.SelectMany(Strings),
            System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var s) => [s],
            _ => [],
        };
    }

    private List<string> PersonKeys()
    {
        using var c = Analytics.Tests.Support.TestDefaults.Opener.OpenReadOnly(site.Warehouse);
        return Analytics.Warehouse.DuckDbExtensions.Query(c, "SELECT person_key::VARCHAR FROM dim_person", r => r.GetString(0));
    }

    [Fact]
    public void AMunicipalityWithoutStaffDataIsToldSoAndNotThatItsTargetsAreMet()
    {
        // Seen: a municipality of the reference file with no worker in the year's staff snapshot read
        // «Рекомендаций нет: цели достигнуты или отставание незначимо…» on its page, and its pack
        // «целевые значения достигнуты по 0 из 0 показателей» above fourteen pages of dashes.
        // 71999003 has no organization at all; 71999001 has six teachers in 2025 and none in 2024.
        var empty = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", "71999003.html")));
        var linked = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "municipalities", "71999001.html")));
        foreach (var (page, year) in new[] { (empty, 2024), (empty, 2025), (linked, 2024) })
        {
            var block = page.QuerySelector($"div[data-year='{year}']:not(.banner)")!;
            page.QuerySelector($".no-data[data-year='{year}']")!.TextContent.Should().Be(
                $"За {year} год нет данных о кадрах муниципалитета (в кадровом срезе года нет работников его организаций), показатели не рассчитаны. Что поступило и что отклонено — на странице «Данные».");
            block.QuerySelector("ol.recommendations").Should().BeNull();
            block.TextContent.Should().Contain($"Рекомендации не формировались: за {year} год нет данных о кадрах муниципалитета").And.NotContain("цели достигнуты");
            block.TextContent.Should().Contain($"Значений по организациям за {year} год нет.");
        }
        linked.QuerySelector(".no-data[data-year='2025']").Should().BeNull();

        SiteData data;
        using (var connection = Analytics.Tests.Support.TestDefaults.MartOpener.OpenReadOnly(site.Warehouse))
        {
            data = SiteData.Load(connection, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Local), OrganizationScope.Of("71999003"));
        }
        var pack = new Pack.PackBuilder(data, new Pack.PackSettings(), Analytics.Tests.Support.TestDefaults.Indicators).Build(2025, "71999003");
        var text = string.Join("\n", pack.Sections.SelectMany(s => s.Blocks).OfType<Pack.PackParagraph>().Select(p => p.Text));
        text.Should().Contain($"Муниципалитет «{HostileSiteFixture.ControlName.Replace('\u000B', ' ').Replace("\u0001", "", StringComparison.Ordinal).Replace("\u0007", "", StringComparison.Ordinal)}»: за 2025 год нет данных о кадрах муниципалитета")
            .And.Contain("Рекомендации не формировались: за 2025 год нет данных о кадрах муниципалитета")
            .And.NotContain("целевые значения достигнуты по 0 из 0");
        // Its pack printed a deficits chart of nothing but «NaN» labels and a landscape page holding an empty table's header.
        var blocks = pack.Sections.SelectMany(s => s.Blocks).ToList();
        blocks.OfType<Pack.PackChart>().Select(c => c.Key).Should().NotContain(["deficits", "organizations"]);
        blocks.OfType<Pack.PackTable>().Select(t => t.Sheet).Should().NotContain("Организации");
        text.Should().Contain("В справочнике организаций нет образовательных организаций муниципалитета.");
    }

    [Fact]
    public void AFunnelWithoutDataSaysWhyInsteadOfCallingItHidden()
    {
        // Seen: the deficits page's funnel of a municipality absent from the year's snapshot said «Мало данных для
        // воронки: значения скрыты для защиты персональных данных» — nothing was hidden, there was nothing.
        var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Site, "deficits.html")));
        using var json = JsonDocument.Parse(document.GetElementById("page-data")!.TextContent);
        string Message(string key) => json.RootElement.GetProperty("charts").GetProperty("funnel").GetProperty("byYearEntity").GetProperty(key)
            .GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString()!;

        Message("2025|71999003").Should().Be("Воронки нет: за 2025 год нет данных о кадрах муниципалитета");
        Message("2024|71999001").Should().Be("Воронки нет: за 2024 год нет данных о кадрах муниципалитета");
        // 71999001 in 2025: six teachers, none diagnosed — the deficit step has no one to be counted from.
        Message("2025|71999001").Should().Be("Воронки нет: за 2025 год шаг «выявлен дефицит» не рассчитан — на предыдущем шаге никого нет");
    }

    [Fact]
    public void NoChartOfTheSiteCarriesANaN()
    {
        // Plotly.NET writes a missing value as the string "NaN", which Plotly read as a category (a «NaN» tick, «NaN»
        // as a bar's label); 71999003's page had a chart of them. Every missing value is null now.
        var pages = site.Pages.Where(p => File.ReadAllText(p).Contains("\"NaN\"", StringComparison.Ordinal)).ToList();
        pages.Should().BeEmpty();
    }
}
