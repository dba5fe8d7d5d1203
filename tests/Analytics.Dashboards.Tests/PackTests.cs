using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analytics.Dashboards.Pack;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Dashboards.Tests;

/// <summary>
/// The samples loaded with a minimum cell of 150 persons (so that small municipalities are
/// suppressed, as they would be in a real region), and the region's and one municipality's
/// packs of 2025 written as PDF, DOCX and XLSX.
/// </summary>
public sealed class PackFixture : IDisposable
{
    public static readonly IndicatorSettings Settings = new(TestDefaults.Indicators.DeficitThreshold, 150);

    public const string Municipality = "71601000";

    public PackFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Warehouse = Path.Combine(Folder, "warehouse.duckdb");
        using (var connection = TestDefaults.Opener.OpenReadWrite(Warehouse))
        using (var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes("pack-tests")))
        {
            new IngestService(connection, pseudonymizer).Run(new IngestOptions(RepositoryFiles.Samples, Path.Combine(Folder, "archive")) { Keep = true });
        }
        using (var connection = new MartOpener(TestDefaults.Opener, new IndicatorMarts(Settings)).OpenReadOnly(Warehouse))
        {
            var builtAt = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Local);
            Data = SiteData.Load(connection, builtAt);
            // As the pack command reads them: the region's pack no organization values, a municipality's only its own.
            RegionData = SiteData.Load(connection, builtAt, OrganizationScope.None);
            LocalData = SiteData.Load(connection, builtAt, OrganizationScope.Of(Municipality));
        }
        using (var readOnly = TestDefaults.Opener.OpenReadOnly(Warehouse))
        {
            Values = new IndicatorEngine(readOnly, Settings).Compute();
        }
        var writer = new PackWriter(new PackSettings(Organization: "Департамент образования и науки Тюменской области", Author: "отдел мониторинга, методист по аналитике", MinCell: Settings.MinCell), Settings);
        Region = writer.Write(RegionData, 2025, null, Path.Combine(Folder, "pack"), Data.BuiltAt);
        Local = writer.Write(LocalData, 2025, Municipality, Path.Combine(Folder, "pack"), Data.BuiltAt);
    }

    public string Folder { get; }

    public string Warehouse { get; }

    /// <summary>Everything, every organization's values too (as the site reads it).</summary>
    public SiteData Data { get; }

    /// <summary>The region pack's reading: no organization values.</summary>
    public SiteData RegionData { get; }

    /// <summary>The municipal pack's reading: the organization values of <see cref="Municipality"/> only.</summary>
    public SiteData LocalData { get; }

    /// <summary>The engine's own figures, suppressed rows with their figures (the owner's view).</summary>
    public List<IndicatorValue> Values { get; }

    public PackFiles Region { get; }

    public PackFiles Local { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition("pack")]
public class PackGroup : ICollectionFixture<PackFixture>;

[Collection("pack")]
public class PackTests(PackFixture pack)
{
    [Fact]
    public void AChartThatCannotBeDrawnIsNamedInTheError()
    {
        // Seen: «a script of the pack failed in Chromium: Event» — which of the pack's dozens of charts,
        // and why, was left to guess. (A vertical tab in a label: its picture is SVG, which cannot hold it.)
        using var browser = new Chromium();
        var figure = System.Text.Json.Nodes.JsonNode.Parse("""{"data":[{"type":"bar","x":["город\u000bТюмень"],"y":[1]}],"layout":{}}""")!;

        var render = () => ChartImages.Render([new PackChart("ranking-2025", "Рейтинг", figure, 100, 60)], browser);

        render.Should().Throw<InvalidOperationException>().WithMessage("*chart «ranking-2025» was not drawn: *");
    }

    [Fact]
    public void APastYearsPackShowsNoLaterYear()
    {
        // Seen: the pack of 2021, made with 2021–2025 loaded, said «Данных за несколько лет … нет» above a
        // chart of the region's key indicators for 2021–2025; a pack of 2023 showed 2024 and 2025 likewise.
        var builder = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings);
        static IEnumerable<int> Years(PackDocument d, string key) => d.Sections.SelectMany(s => s.Blocks).OfType<PackChart>().Single(c => c.Key == key)
            .Figure["data"]!.AsArray().SelectMany(t => t!["x"]!.AsArray().Select(x => x!.GetValue<int>()));

        var region = builder.Build(2023);
        var local = builder.Build(2023, PackFixture.Municipality);

        Years(region, "targets").Distinct().Should().BeEquivalentTo([2021, 2022, 2023]);
        Years(region, "dynamics").Distinct().Should().BeEquivalentTo([2021, 2022, 2023]);
        Years(local, "dynamics").Distinct().Should().BeEquivalentTo([2021, 2022, 2023]);
        Years(local, "trend").Distinct().Should().BeEquivalentTo([2021, 2022, 2023]);
        region.AllValues.Rows.Select(r => (int)r[0].Number!.Value).Distinct().Should().BeEquivalentTo([2021, 2022, 2023]);
        // The figures are the years' own: the region's dynamics line of diagnostics coverage is the engine's 2021–2023.
        var coverage = region.Sections.SelectMany(s => s.Blocks).OfType<PackChart>().Single(c => c.Key == "dynamics").Figure["data"]!.AsArray()
            .Single(t => t!["name"]!.GetValue<string>() == IndicatorCatalog.DiagCoverage.ShortName)!["y"]!.AsArray().Select(y => y!.GetValue<double>());
        coverage.Should().Equal(Enumerable.Range(2021, 3).Select(y => pack.Values.Single(v => v.Indicator == IndicatorCatalog.DiagCoverage.Code && v.Year == y && v.Level == "region").Value!.Value),
            (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void AMunicipalitysPackDoesNotCallADraftThatWasNeverIssuedItsRecommendationsToCarryOut()
    {
        // Seen: «Исполнение рекомендаций 2024 года» in a municipality's pack when the 2024 set is «проект, набор не выдан»:
        // nothing was sent to be carried out. The table stays (how its indicators moved), under a heading that says so.
        pack.Data.RecommendationsFor(2024).IssuedOn.Should().BeNull("the samples issue no set");
        var local = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings).Build(2025, PackFixture.Municipality);
        var headings = local.Sections.SelectMany(s => s.Blocks).OfType<PackSubheading>().Select(h => h.Text).ToList();
        headings.Should().NotContain(h => h.Contains("Исполнение", StringComparison.Ordinal));
        headings.Should().Contain("Показатели по рекомендациям 2024 года (проект, набор не выдан)");
    }

    [Fact]
    public void TheGapTableGivesItsFiguresInTheIndicatorsUnit()
    {
        // Seen: «Количество педагогических работников на одного регионального методиста | 73 чел. | 910 чел. | 837,0»: a range of
        // persons with a tenth and no unit, and the shares' ranges without «п. п.»; the deficits table said «2025, %» over «17,0 %».
        var document = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings).Build(2025);
        var tables = document.Sections.SelectMany(s => s.Blocks).OfType<PackTable>().ToList();
        var units = new HashSet<string>();
        foreach (var row in tables.Single(t => t.Sheet == "Разрывы").Rows)
        {
            var indicator = IndicatorCatalog.All.Single(i => i.Name == row[0].Text);
            var range = row[2].Number!.Value - row[1].Number!.Value;
            row[3].Number.Should().BeApproximately(range, 1e-9, indicator.Code);
            var decimals = indicator.Unit == "чел." ? 0 : 1;
            row[3].Text.Should().Be(Math.Round(range, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, RussianFormat.Culture) + "\u00A0" + (indicator.Unit == "%" ? "п.\u00A0п." : indicator.Unit), indicator.Code);
            units.Add(indicator.Unit);
        }
        units.Should().Contain(["%", "чел."], "the samples' largest gaps include shares and teachers per methodist");
        tables.Single(t => t.Sheet == "Дефициты").Columns.Select(c => c.Caption).Should().Equal("Область дефицита", "2024", "2025");
        // The workbook's cells are bare numbers: its captions keep the unit.
        tables.Single(t => t.Sheet == "Дефициты").Columns.Select(c => c.FullCaption).Should().Equal("Область дефицита", "2024, %", "2025, %");
    }

    [Fact]
    public void TheFirstYearsPackHasNoColumnsForAYearWithoutData()
    {
        // Seen: the pack of 2021, the first year in the warehouse, had «Значение 2020», «Статус 2020»,
        // «Коэф. вариации 2020» and «2020, %» columns of dashes, and a deficits chart with an empty 2020 series.
        var builder = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings);
        var first = builder.Build(2021);
        var second = builder.Build(2022);
        static PackTable Table(PackDocument d, string sheet) => d.Sections.SelectMany(s => s.Blocks).OfType<PackTable>().Single(t => t.Sheet == sheet);
        static string[] Captions(PackTable t) => t.Columns.Select(c => c.Caption).ToArray();
        static int Series(PackDocument d, string key) => d.Sections.SelectMany(s => s.Blocks).OfType<PackChart>().Single(c => c.Key == key).Figure["data"]!.AsArray().Count;

        Captions(Table(first, "Целевые значения")).Should().Equal("Показатель", "Значение 2021", "Цель 2021", "Статус 2021");
        Captions(Table(first, "Дефициты")).Should().Equal("Область дефицита", "2021");
        Captions(Table(first, "Разрывы")).Should().Equal("Показатель", "Минимум", "Максимум", "Размах", "Коэф. вариации 2021");
        Series(first, "deficits").Should().Be(1);
        var local = builder.Build(2021, PackFixture.Municipality);
        Captions(Table(local, "Дефициты МО")).Should().Equal("Область дефицита", "2021");
        // Its 2021 shares by area are all under the minimum cell of 150: no chart of gaps (it printed «NaN» labels), and it says why.
        pack.Values.Where(v => v.Year == 2021 && v.EntityCode == PackFixture.Municipality && IndicatorCatalog.AreaIndicators.Any(a => a.Indicator.Code == v.Indicator))
            .Should().HaveCount(5).And.OnlyContain(v => v.Suppressed);
        local.Sections.SelectMany(s => s.Blocks).OfType<PackChart>().Select(c => c.Key).Should().NotContain("deficits");
        local.Sections.SelectMany(s => s.Blocks).OfType<PackParagraph>().Select(p => p.Text)
            .Should().Contain("Доли педагогов с дефицитом по областям за 2021 год скрыты: рассчитаны менее чем по 150 человек («мало данных»).");
        // The figures stay the engine's: the region's 2021 values and targets, row by row.
        foreach (var row in Table(first, "Целевые значения").Rows)
        {
            var indicator = IndicatorCatalog.All.Single(i => i.Name == row[0].Text);
            var engine = pack.Values.Single(v => v.Indicator == indicator.Code && v.Year == 2021 && v.Level == "region");
            row[1].Number.Should().BeApproximately(engine.Value!.Value, 1e-9, indicator.Code);
            row[2].Number.Should().BeApproximately(engine.Target!.Value, 1e-9, indicator.Code);
        }
        // A year with a year before it keeps the comparison.
        Captions(Table(second, "Целевые значения")).Should().Equal("Показатель", "Значение 2021", "Статус 2021", "Значение 2022", "Цель 2022", "Статус 2022");
        Captions(Table(second, "Дефициты")).Should().Equal("Область дефицита", "2021", "2022");
        Captions(Table(second, "Разрывы")).Should().Equal("Показатель", "Минимум", "Максимум", "Размах", "Коэф. вариации 2021", "Коэф. вариации 2022", "Разрыв");
        Series(second, "deficits").Should().Be(2);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void APackThatFailsLeavesTheThreeFilesOfThePreviousOneAsTheyWere()
    {
        // The workbook is written while the browser draws; a browser that fails must not leave a new
        // workbook beside the previous PDF and DOCX (a set that never existed), nor a half-written file.
        var folder = Path.Combine(pack.Folder, "failed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, PackWriter.Stem(2025, null));
        foreach (var extension in new[] { ".pdf", ".docx", ".xlsx" })
        {
            File.WriteAllText(stem + extension, "the previous pack" + extension);
        }
        var broken = Path.Combine(folder, "broken-chromium");
        File.WriteAllText(broken, "#!/bin/sh\necho 'no display' >&2\nexit 1\n");
        File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var writer = new PackWriter(new PackSettings(Chromium: broken, MinCell: PackFixture.Settings.MinCell), PackFixture.Settings);

        var write = () => writer.Write(pack.RegionData, 2025, null, folder, pack.Data.BuiltAt);

        write.Should().Throw<InvalidOperationException>().WithMessage("*Chromium ended before it was ready*no display*");
        foreach (var extension in new[] { ".pdf", ".docx", ".xlsx" })
        {
            File.ReadAllText(stem + extension).Should().Be("the previous pack" + extension);
        }
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo([Path.GetFileName(stem) + ".pdf", Path.GetFileName(stem) + ".docx", Path.GetFileName(stem) + ".xlsx", "broken-chromium"]);
    }

    private static string PdfText(string pdf, int? page = null)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        if (page is { } p)
        {
            foreach (var a in new[] { "-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(a);
            }
        }
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, "pdftotext (Debian's poppler-utils) reads the PDF");
        return text;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void NoWordOfAPrintedTableIsBrokenAcrossLines()
    {
        // Seen in the region's pack: the gaps table's header printed «Разм/ах» and «Коэф. вариа/ции», its last
        // column «сокращае/тся», the effectiveness table «рекомен/дацией» — column widths were shares of
        // characters, not of what the words need; the municipal pack's organizations table (nine columns) could
        // not fit its words on a portrait page at all («Управленчес/кие», «prescho/ol»). Laid out at the print
        // page's text width (175 mm portrait, 257 mm landscape), every word of every table cell is on one line
        // (a line may still break at a space or after a hyphen).
        const string Script = """
            (() => {
              document.body.style.width = '175mm';
              for (const wide of document.querySelectorAll('.landscape')) wide.style.width = '257mm';
              const broken = [];
              for (const cell of document.querySelectorAll('table th, table td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const word of node.data.matchAll(/[^ \n\t\-‐–—\/]+/g)) {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    if (tops.size > 1) broken.push(word[0]);
                  }
                }
              }
              return broken;
            })()
            """;
        using var browser = new Chromium();
        var folder = Directory.CreateTempSubdirectory("analytics-pack-words-");
        try
        {
            var builder = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings);
            foreach (var (document, name) in new[] { (builder.Build(2025), "region"), (builder.Build(2025, PackFixture.Municipality), "local") })
            {
                document.Sections.SelectMany(s => s.Blocks).OfType<PackTable>().Should().HaveCountGreaterThan(3);
                var html = Path.Combine(folder.FullName, name + ".html");
                File.WriteAllText(html, new PackPdf(new PageRenderer(), browser).Html(document, pack.Data.BuiltAt, null), new UTF8Encoding(false));
                using var page = browser.Open(html);
                var cells = page.Evaluate("document.querySelectorAll('table td').length")!.GetValue<int>();
                cells.Should().BeGreaterThan(100, "the tables were laid out");

                var broken = page.Evaluate(Script)!.AsArray().Select(w => w!.GetValue<string>()).ToList();

                broken.Should().BeEmpty($"no word of the {name} pack's tables is split over two lines");
            }
            // The organizations table is on landscape pages of the printed municipal pack, with the types in Russian.
            var organizations = builder.Build(2025, PackFixture.Municipality).Sections.SelectMany(s => s.Blocks).OfType<PackTable>().Single(t => t.Sheet == "Организации");
            organizations.Layout().Landscape.Should().BeTrue();
            organizations.Rows.Select(r => r[1].Text).Distinct().Should().BeSubsetOf(["ОО", "ДОО", "УДО", "ПОО", "ВУЗ", "ДПО"]).And.Contain("ДОО");
            using var reader = UglyToad.PdfPig.PdfDocument.Open(pack.Local.Pdf);
            var pages = reader.GetPages().Where(p => p.Text.Contains("Управленческие", StringComparison.Ordinal) && p.Text.Contains("ДОО", StringComparison.Ordinal)).ToList();
            pages.Should().NotBeEmpty();
            pages.Should().OnlyContain(p => p.Width > p.Height, "the organizations table is printed on landscape pages");
            // In the DOCX too: a valid document whose organizations table is a landscape section of its own, after a
            // portrait one that keeps the title page without a footer; the rest of the document is portrait again.
            using var docx = WordprocessingDocument.Open(pack.Local.Docx, false);
            new OpenXmlValidator().Validate(docx).Select(e => e.Description).Should().BeEmpty();
            var body = docx.MainDocumentPart!.Document.Body!;
            var table = body.Elements<W.Table>().Single(t => t.Elements<W.TableRow>().First().InnerText.StartsWith("ОрганизацияТип", StringComparison.Ordinal));
            static W.SectionProperties? SectionOf(DocumentFormat.OpenXml.OpenXmlElement? e) => (e as W.Paragraph)?.ParagraphProperties?.SectionProperties;
            var before = SectionOf(table.PreviousSibling())!;
            var after = SectionOf(table.NextSibling())!;
            before.GetFirstChild<W.PageSize>()!.Orient.Should().BeNull();
            before.GetFirstChild<W.TitlePage>().Should().NotBeNull();
            after.GetFirstChild<W.PageSize>()!.Orient!.Value.Should().Be(W.PageOrientationValues.Landscape);
            after.GetFirstChild<W.TitlePage>().Should().BeNull();
            body.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!.Width!.Value.Should().Be(11906U);
            table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Sum(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).Should().BeInRange(14000, 14570);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void NoChartsLabelIsCutOffOrCoveredByItsLegend()
    {
        // Seen in the municipal pack: the deficits chart's legend («■ 2024 ■ 2025») printed over its axis
        // title «% педагогов с дефицитом»; the organizations chart cut its names at the left edge («У детский
        // сад № 2 (Абатский…», the «МАДО» lost) and its largest value at the right («86» of «86,7»). Every chart
        // of both packs is drawn at its printed size as the pictures are; the legend's box is checked against every
        // axis title's and tick label's box, and every label's box against the figure's.
        const string Page = """
            <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
            <script src="plotly.min.js"></script><script src="plotly-locale-ru.js"></script></head>
            <body><script>
            window.overlaps = async (figures) => {
              const found = [];
              for (const [key, figure] of Object.entries(figures)) {
                const div = document.createElement('div');
                document.body.appendChild(div);
                await Plotly.newPlot(div, figure.data, figure.layout, { staticPlot: true, locale: 'ru' });
                const frame = div.querySelector('.main-svg').getBoundingClientRect();
                for (const label of div.querySelectorAll('.xtick text, .ytick text, .y2tick text, .g-xtitle text, .g-ytitle text, .textpoint text, .legendtext, .annotation-text')) {
                  const r = label.getBoundingClientRect();
                  if (r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1))
                    found.push(key + ': «' + label.textContent + '» outside the picture');
                }
                const legend = div.querySelector('g.legend');
                if (!legend) continue;
                const l = legend.getBoundingClientRect();
                for (const label of div.querySelectorAll('.g-xtitle text, .g-ytitle text, .g-y2title text, .xtick text, .ytick text, .y2tick text')) {
                  const r = label.getBoundingClientRect();
                  const w = Math.min(l.right, r.right) - Math.max(l.left, r.left), h = Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top);
                  if (r.width > 0 && w > 1 && h > 1) found.push(key + ': «' + label.textContent + '»');
                }
              }
              return found;
            };
            </script></body></html>
            """;
        using var browser = new Chromium();
        var folder = Directory.CreateTempSubdirectory("analytics-pack-legends-");
        try
        {
            SiteAssets.Write(folder.FullName, "plotly.min.js", "plotly-locale-ru.js");
            var html = Path.Combine(folder.FullName, "legends.html");
            File.WriteAllText(html, Page, new UTF8Encoding(false));
            var builder = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings);
            // The fixture's minimum cell (150) hides every organization; the department's own (5) shows them: a copy of
            // the warehouse with its marts at 5 gives the municipal pack its organizations chart.
            var copy = Path.Combine(folder.FullName, "warehouse.duckdb");
            File.Copy(pack.Warehouse, copy);
            SiteData shown;
            using (var connection = new MartOpener(TestDefaults.Opener, new IndicatorMarts(TestDefaults.Indicators)).OpenReadOnly(copy))
            {
                shown = SiteData.Load(connection, pack.Data.BuiltAt, OrganizationScope.Of(PackFixture.Municipality));
            }
            var local = new PackBuilder(shown, new PackSettings(MinCell: TestDefaults.Indicators.MinCell), TestDefaults.Indicators).Build(2025, PackFixture.Municipality);
            var figures = new System.Text.Json.Nodes.JsonObject();
            foreach (var (document, name) in new[] { (builder.Build(2025), "region"), (builder.Build(2025, PackFixture.Municipality), "local"), (local, "local-5") })
            {
                foreach (var chart in document.Sections.SelectMany(s => s.Blocks).OfType<PackChart>())
                {
                    var figure = chart.Figure.DeepClone();
                    figure["layout"]!["width"] = ChartImages.Pixels(chart.WidthMm);
                    figure["layout"]!["height"] = ChartImages.Pixels(chart.HeightMm);
                    figures[name + "/" + chart.Key] = figure;
                }
            }
            figures.Count.Should().BeGreaterThan(8);
            using var page = browser.Open(html);

            var overlaps = page.Evaluate($"window.overlaps({figures.ToJsonString()})")!.AsArray().Select(o => o!.GetValue<string>()).ToList();

            overlaps.Should().BeEmpty("no label is cut off and no legend is drawn over an axis title or a tick label");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheLoadsTableNamesKindsOfDataInRussian()
    {
        // Seen: the pack's «Загрузки данных» table (PDF, DOCX and workbook) listed «courses», «diagnostics»,
        // «measures» — the contract's codes — where the site's data page says «обучение по ДПП».
        var document = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings).Build(2025);
        var loads = document.Sections.SelectMany(s => s.Blocks).OfType<PackTable>().Single(t => t.Sheet == "Загрузки");

        var kinds = loads.Rows.Select(r => r[0].Text).ToList();

        kinds.Should().HaveCount(pack.Data.Loads.Count).And.Contain(["обучение по ДПП", "диагностика дефицитов", "кадры", "мероприятия"]);
        kinds.Should().NotContain(k => k.Any(char.IsAsciiLetter), "no kind is shown by its code");
        PdfText(pack.Region.Pdf).Should().Contain("обучение по ДПП").And.NotContain("courses");
    }

    [Fact]
    public void EveryFigureInANumericColumnIsANumberInTheWorkbook()
    {
        // Seen in the workbook: «Изменение» of the recommendations' outcome and «Изменение в среднем» of the
        // effectiveness table were texts («+14,3 п. п.»), which a spreadsheet can neither sort nor sum.
        var builder = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings);
        var texts = new List<string>();
        foreach (var document in new[] { builder.Build(2025), builder.Build(2025, PackFixture.Municipality) })
        {
            foreach (var table in document.Sections.SelectMany(s => s.Blocks).OfType<PackTable>().Append(document.AllValues))
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (!table.Columns[i].Numeric)
                    {
                        continue;
                    }
                    texts.AddRange(table.Rows.Where(r => r[i].Number is null && r[i].Note is null && r[i].Text is not ("—" or ""))
                        .Select(r => $"{table.Sheet} / {table.Columns[i].FullCaption}: «{r[i].Text}»"));
                }
            }
        }

        texts.Distinct().Should().BeEmpty("a figure is stored as a number with a display format, a missing one as «—» or empty");
        // In the written workbook the effectiveness sheet's mean changes are numbers shown with their sign.
        using var workbook = SpreadsheetDocument.Open(pack.Region.Xlsx, false);
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().Single(s => s.Name == "Эффективность");
        var rows = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<X.Row>().ToList();
        var change = rows[0].Elements<X.Cell>().Select(c => c.InnerText).ToList().IndexOf("Изменение в среднем (с рекомендацией)");
        var cells = rows.Skip(1).Select(r => r.Elements<X.Cell>().ElementAt(change)).Where(c => c.CellValue is not null).ToList();
        cells.Should().NotBeEmpty();
        var formats = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        foreach (var cell in cells)
        {
            double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture).Should().BeInRange(-1000, 1000);
            var format = formats.CellFormats!.Elements<X.CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
            formats.NumberingFormats!.Elements<X.NumberingFormat>().Single(f => f.NumberFormatId!.Value == format).FormatCode!.Value.Should().StartWith("+");
        }
    }

    [Fact]
    public void EveryIndicatorRowOfTheWorkbookSaysTheUnitOfItsFigures()
    {
        // Seen in the workbook: «Целевые значения», «Динамика», «Разрывы» and «Эффективность» held bare numbers — 73,8
        // beside 257 in one column — and no unit anywhere on the sheet (the printed cells carry «73,8 %», «257 чел.»);
        // «Значимо улучшились» was the text «3 из 19», which a spreadsheet can neither sum nor filter.
        static string Points(IndicatorDefinition i) => i.Unit == "%" ? "п.\u00A0п." : i.Unit;
        var expected = new Dictionary<string, Func<IndicatorDefinition, string>>
        {
            ["Целевые значения"] = i => i.Unit,
            ["Динамика"] = i => i.Unit,
            ["Разрывы"] = i => i.Unit == "%" ? "% (размах — п.\u00A0п.)" : i.Unit,
            ["Эффективность"] = Points,
            ["Показатели МО"] = i => i.Unit,
            ["Динамика МО"] = i => i.Unit,
            ["Показатели по рекомендациям"] = i => i.Unit == "%" ? "% (изменение — п.\u00A0п.)" : i.Unit,
        };
        var seen = new List<(string Sheet, string Unit)>();
        foreach (var path in new[] { pack.Region.Xlsx, pack.Local.Xlsx })
        {
            foreach (var (sheet, rows) in Sheets(path).Where(s => expected.ContainsKey(s.Name)))
            {
                rows[0][1].Should().Be("Единица", sheet);
                foreach (var row in rows.Skip(1).Where(r => r.Count > 1)) // not the note under a table with empty cells
                {
                    var indicator = IndicatorCatalog.All.Single(i => row[0] == i.Name || row[0] == $"{i.Name} (лучше меньше)");
                    row[1].Should().Be(expected[sheet](indicator), $"{sheet}: {indicator.Code}");
                    seen.Add((sheet, row[1]));
                }
            }
        }
        seen.Select(s => s.Sheet).Distinct().Should().HaveCount(expected.Count, "the samples' packs have every such sheet (2024's set a draft: «Показатели по рекомендациям»)");
        seen.Select(s => s.Unit).Should().Contain(["%", "чел.", "п.\u00A0п.", "% (размах — п.\u00A0п.)"]);

        // «Значимо улучшились» is the count of municipalities, a number, its whole («из 19») in the «МО» column before it.
        var effect = Cycle.CycleView.For(pack.Data, 2025).Effect!;
        var table = Sheets(pack.Region.Xlsx).Single(s => s.Name == "Эффективность").Rows;
        table[0].Should().Equal("Показатель", "Единица", "МО (с рекомендацией)", "Изменение в среднем (с рекомендацией)", "Значимо улучшились (с рекомендацией), МО",
            "МО (без рекомендации)", "Изменение в среднем (без рекомендации)", "Значимо улучшились (без рекомендации), МО");
        table.Skip(1).Select(r => (r[0], r[4], r[7])).Should().Equal(effect.Indicators.Select(e => (e.Label,
            e.ImprovedWith.ToString(CultureInfo.InvariantCulture), e.ImprovedWithout.ToString(CultureInfo.InvariantCulture))));
        effect.Indicators.Should().Contain(e => e.ImprovedWith > 0, "the samples have a municipality that improved");
    }

    [Fact]
    public void TheLoadsSheetHoldsItsDatesAsDates()
    {
        // Seen in the workbook: «Последняя загрузка» was the text «25.11.2026», which a spreadsheet sorts as text
        // («01.12.2026» before «25.11.2026») and cannot filter by period; the print shows it as before.
        using var workbook = SpreadsheetDocument.Open(pack.Region.Xlsx, false);
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().Single(s => s.Name == "Загрузки");
        var rows = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<X.Row>().ToList();
        rows[0].Elements<X.Cell>().ElementAt(1).InnerText.Should().Be("Последняя загрузка");
        var formats = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<X.CellFormat>().ToList();
        var cells = rows.Skip(1).Select(r => r.Elements<X.Cell>().ElementAt(1)).ToList();
        cells.Should().HaveCount(pack.RegionData.Loads.Count).And.OnlyContain(c => c.DataType == null, "a date is stored as a number");
        cells.Select(c => formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value).Should().OnlyContain(f => f == 14u, "the spreadsheet's short date, dd.mm.yyyy in a Russian one");
        cells.Select(c => DateTime.FromOADate(double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)))
            .Should().Equal(pack.RegionData.Loads.Select(l => l.LastLoaded.Date));
        PdfText(pack.Region.Pdf).Should().Contain(RussianFormat.Date(pack.RegionData.Loads[0].LastLoaded), "the print keeps the date as written");
    }

    /// <summary>Every sheet of a workbook: its name and its rows of cell texts (a number as stored, invariant).</summary>
    private static List<(string Name, List<List<string>> Rows)> Sheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().Select(sheet => (sheet.Name!.Value!,
            ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<X.Row>()
                .Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList())).ToList();
    }

    [Fact]
    public void TheFilesCarryTheYearAndTheMunicipality()
    {
        Path.GetFileName(pack.Region.Pdf).Should().Be("collegium-2025.pdf");
        Path.GetFileName(pack.Region.Docx).Should().Be("collegium-2025.docx");
        Path.GetFileName(pack.Region.Xlsx).Should().Be("collegium-2025.xlsx");
        Path.GetFileName(pack.Local.Pdf).Should().Be($"collegium-2025-{PackFixture.Municipality}.pdf");
        Directory.GetFiles(Path.GetDirectoryName(pack.Region.Pdf)!).Should().HaveCount(6, "no temporary file is left behind");
    }

    [Fact]
    public void ThePdfHasATitlePageAContentsListWithTheRightPagesAndPageNumbersOnEveryLaterPage()
    {
        foreach (var (pdf, municipality) in new[] { (pack.Region.Pdf, (string?)null), (pack.Local.Pdf, PackFixture.Municipality) })
        {
            var document = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings).Build(2025, municipality);
            using var reader = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var pages = reader.NumberOfPages;
            pages.Should().BeGreaterThan(4);
            var title = PdfText(pdf, 1);
            title.Should().Contain("Материалы к заседанию коллегии").And.Contain("2025 год").And.Contain("Данные на ")
                .And.Contain("Департамент образования и науки Тюменской области").And.Contain("Подготовил: отдел мониторинга");
            title.Should().NotContain("стр. 1");
            for (var page = 2; page <= pages; page++)
            {
                var text = PdfText(pdf, page);
                text.Should().Contain($"стр. {page} из {pages}", $"page {page}");
                text.Should().Contain("2025 год", $"the running header of page {page}");
            }
            var contents = PdfText(pdf, 2);
            contents.Should().Contain("Содержание");
            var headings = PackPdf.Headings(document);
            foreach (var heading in headings)
            {
                // The contents line: the heading, then its page number; the heading is on that page.
                var line = contents.Split('\n').Single(l => Squeeze(l).StartsWith(Squeeze(heading), StringComparison.Ordinal));
                var number = int.Parse(line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], CultureInfo.InvariantCulture);
                number.Should().BeInRange(3, pages);
                Squeeze(PdfText(pdf, number)).Should().Contain(Squeeze(heading), $"«{heading}» is on page {number}, as the contents say");
            }
        }
    }

    [Fact]
    public void APacksReadingHoldsOnlyTheOrganizationValuesItPrints()
    {
        static List<IndicatorValue> Organizations(SiteData data) => data.Values.Where(v => v.Level == "organization").ToList();
        var all = Organizations(pack.Data);
        var own = pack.Data.OrganizationsOf(PackFixture.Municipality).Select(o => o.Id).ToHashSet();
        all.Should().Contain(v => !own.Contains(v.EntityCode), "the samples have organizations in other municipalities");

        Organizations(pack.RegionData).Should().BeEmpty();
        Organizations(pack.LocalData).Should().BeEquivalentTo(all.Where(v => own.Contains(v.EntityCode)));
        Organizations(pack.LocalData).Should().NotBeEmpty();
        pack.LocalData.Values.Where(v => v.Level != "organization").Should().BeEquivalentTo(pack.Data.Values.Where(v => v.Level != "organization"));
    }

    [Fact]
    public void EveryChartIsOnePictureWithinThePrintableAreaOfItsPage()
    {
        var document = new PackBuilder(pack.Data, new PackSettings(MinCell: PackFixture.Settings.MinCell), PackFixture.Settings).Build(2025);
        var charts = document.Sections.SelectMany(s => s.Blocks.OfType<PackChart>()).ToList();
        using var reader = UglyToad.PdfPig.PdfDocument.Open(pack.Region.Pdf);
        var images = reader.GetPages().SelectMany(p => p.GetImages().Select(i => (Page: p, Image: i))).ToList();
        images.Should().HaveCount(charts.Count, "each chart is printed once, never split over two pages");
        const double mm = 72 / 25.4;
        foreach (var (page, image) in images)
        {
            var box = page.CropBox.Bounds;
            var landscape = box.Width > box.Height;
            // The page's margins: portrait 20 mm left, 15 mm right, 20 mm top, 18 mm bottom; landscape 20 / 20 / 18 / 16.
            var (left, right, top, bottom) = landscape ? (20, 20, 18, 16) : (20, 15, 20, 18);
            var bounds = image.BoundingBox;
            bounds.Left.Should().BeGreaterThanOrEqualTo(box.Left + (left * mm) - 1, $"page {page.Number}");
            bounds.Right.Should().BeLessThanOrEqualTo(box.Right - (right * mm) + 1, $"page {page.Number}: the chart fits the printable width");
            bounds.Bottom.Should().BeGreaterThanOrEqualTo(box.Bottom + (bottom * mm) - 1, $"page {page.Number}");
            bounds.Top.Should().BeLessThanOrEqualTo(box.Top - (top * mm) + 1, $"page {page.Number}");
            // Printed at its own size (not shrunk to fit something too wide): about 190 dpi for a picture of twice the CSS pixels.
            (image.WidthInSamples / (bounds.Width / 72)).Should().BeApproximately(192, 3, $"page {page.Number}");
        }
        images.Should().Contain(i => i.Page.CropBox.Bounds.Width > i.Page.CropBox.Bounds.Height, "the gap map has a landscape page");
    }

    [Fact]
    public void TheDocxIsValidWithHeadingStylesTablesWithTheIndicatorsFiguresAndAChartInEveryMainSection()
    {
        using var document = WordprocessingDocument.Open(pack.Region.Docx, false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        var elements = body.ChildElements.ToList();
        bool IsHeading(DocumentFormat.OpenXml.OpenXmlElement e) => e is W.Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1";
        var headings = elements.Where(IsHeading).Select(e => e.InnerText).ToList();
        headings.Take(6).Should().Equal(
            "1. Достижение целевых значений", "2. Динамика ключевых показателей", "3. Наибольшие разрывы между муниципалитетами",
            "4. Лидеры и отстающие", "5. Профессиональные дефициты", "6. Адресные рекомендации по итогам 2025 года");
        headings[^1].Should().Be("Приложение. Методика расчёта показателей");
        foreach (var heading in headings.Take(6))
        {
            var start = elements.FindIndex(e => IsHeading(e) && e.InnerText == heading);
            var end = elements.FindIndex(start + 1, IsHeading);
            elements.Skip(start).Take(end - start).SelectMany(e => e.Descendants<W.Drawing>()).Should().NotBeEmpty($"«{heading}» holds a chart");
        }
        document.MainDocumentPart.ImageParts.Should().HaveCountGreaterThanOrEqualTo(6);
        document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "Heading1")
            .StyleParagraphProperties!.OutlineLevel!.Val!.Value.Should().Be(0, "Word's navigation pane and contents field read the outline level");
        body.Descendants<W.FieldCode>().Should().Contain(f => f.Text.Contains("TOC", StringComparison.Ordinal));

        // The targets table: each row's 2025 value is the engine's region value, in Russian format.
        var table = body.Elements<W.Table>().First();
        var rows = table.Elements<W.TableRow>().Skip(1).Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var indicator = IndicatorCatalog.All.Single(i => i.Name == row[0]);
            var value = pack.Values.Single(v => v.Indicator == indicator.Code && v.Year == 2025 && v.Level == IndicatorValue.Region);
            row[3].Should().Be(RussianFormat.Value(indicator, value.Value), indicator.Code);
        }
        // Numbered lists: the recommendations and the draft decision.
        body.Descendants<W.NumberingId>().Select(n => n.Val!.Value).Distinct().Count().Should().BeGreaterThan(2);
        // The title page is centred, as in the PDF: Word's Normal style justifies, and it stretched the subject
        // line's words apart («О   состоянии   системы …»).
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        var titlePage = elements.TakeWhile(e => !e.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page)).OfType<W.Paragraph>().ToList();
        titlePage.Should().HaveCountGreaterThan(6);
        titlePage.Select(p => p.ParagraphProperties?.Justification?.Val?.Value
                ?? styles[p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal"].StyleParagraphProperties?.Justification?.Val?.Value)
            .Should().OnlyContain(j => j == W.JustificationValues.Center, "every line of the title page is centred");
        // The gap map is on a landscape page of its own, as in the PDF (it was a picture scaled to the portrait width).
        var map = elements.FindIndex(e => e.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Any(d => d.Name == "gapmap.png"));
        static W.SectionProperties? SectionOf(DocumentFormat.OpenXml.OpenXmlElement e) => (e as W.Paragraph)?.ParagraphProperties?.SectionProperties;
        SectionOf(elements[map - 1])!.GetFirstChild<W.PageSize>()!.Orient.Should().BeNull("the portrait section ends before the map");
        SectionOf(elements[map + 2])!.GetFirstChild<W.PageSize>()!.Orient!.Value.Should().Be(W.PageOrientationValues.Landscape, "the map and its caption are the landscape section");
        var extent = elements[map].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        (extent.Cx!.Value / 36_000.0).Should().BeInRange(200, 250, "the map is printed wider than the portrait text width of 170 mm");
        (extent.Cy!.Value / 36_000.0).Should().BeLessThanOrEqualTo(150, "with its caption it fits the landscape page's 170 mm");
    }

    [Fact]
    public void TheXlsxIsValidAndItsValuesSheetEqualsTheIndicatorsOutputWithSuppressedCellsEmpty()
    {
        using var document = SpreadsheetDocument.Open(pack.Region.Xlsx, false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).Should().Contain(["О файле", "Целевые значения", "Разрывы", "Методика", "Рекомендации", "Все значения"]);
        var recommendations = (WorksheetPart)document.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Рекомендации").Id!);
        recommendations.Worksheet.Descendants<X.Row>().Count().Should().Be(pack.Data.RecommendationsFor(2025).Items.Count + 1, "the year's set, one row each");
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Все значения").Id!);
        var sheet = part.Worksheet;
        sheet.Descendants<X.Pane>().Single().State!.Value.Should().Be(X.PaneStateValues.Frozen);
        sheet.Elements<X.AutoFilter>().Should().ContainSingle();
        var rows = sheet.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().ToList()).ToList();
        var header = rows[0].Select(c => c.InnerText).ToList();
        int Column(string caption) => header.IndexOf(caption);
        var expected = pack.Values.Where(v => v.Level != IndicatorValue.Organization).ToList();
        rows.Count.Should().Be(expected.Count + 1);
        var suppressed = 0;
        foreach (var row in rows.Skip(1))
        {
            var year = int.Parse(row[Column("Год")].InnerText, CultureInfo.InvariantCulture);
            var code = row[Column("Код МО")].InnerText;
            var value = expected.Single(v => v.Indicator == row[Column("Код показателя")].InnerText && v.Year == year
                && v.EntityCode == (code.Length == 0 ? IndicatorValue.RegionCode : code));
            var cell = row[Column("Значение")];
            if (value.Suppressed)
            {
                suppressed++;
                cell.CellValue.Should().BeNull("a suppressed figure is an empty cell");
                row[Column("Числитель")].InnerText.Should().BeEmpty();
                row[Column("Примечание")].InnerText.Should().Contain("менее чем по 150 человек");
            }
            else if (value.Value is { } v)
            {
                cell.DataType.Should().BeNull("a number is stored as a number");
                double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture).Should().BeApproximately(v, 1e-9, value.Indicator);
            }
        }
        suppressed.Should().BePositive("the fixture's minimum cell hides small municipalities");
    }

    [Fact]
    public void NoPersonalValueAndNoSuppressedFigureInAnyOfTheFiles()
    {
        var personal = PersonalValues.Of(RepositoryFiles.Samples);
        foreach (var files in new[] { pack.Region, pack.Local })
        {
            var texts = new Dictionary<string, string>
            {
                [files.Pdf] = PdfText(files.Pdf),
                [files.Docx] = DocxText(files.Docx),
                [files.Xlsx] = XlsxText(files.Xlsx),
            };
            foreach (var (file, text) in texts)
            {
                personal.Snils.Where(s => text.Contains(s, StringComparison.Ordinal)).Should().BeEmpty(file);
                // Names as whole words («Сорокин» is a person, «Сорокинский муниципальный округ» is not).
                var words = System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}]+").ToHashSet(StringComparer.Ordinal);
                personal.Names.Where(words.Contains).Should().BeEmpty(file);
                personal.BirthDates.Where(b => text.Contains(b, StringComparison.Ordinal)).Should().BeEmpty(file);
            }
        }
        // The municipal pack's organizations table: a suppressed organization's figure is never printed in its row.
        using var document = WordprocessingDocument.Open(pack.Local.Docx, false);
        var organizations = document.MainDocumentPart!.Document.Body!.Elements<W.Table>()
            .Single(t => t.Elements<W.TableRow>().First().InnerText.StartsWith("ОрганизацияТип", StringComparison.Ordinal));
        var header = organizations.Elements<W.TableRow>().First().Elements<W.TableCell>().Select(c => c.InnerText).ToList();
        var hidden = 0;
        foreach (var row in organizations.Elements<W.TableRow>().Skip(1).Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()))
        {
            var organization = pack.Data.Organizations.Single(o => o.Name == row[0] && o.Municipality == PackFixture.Municipality);
            for (var c = 2; c < header.Count; c++)
            {
                var indicator = IndicatorCatalog.All.Single(i => header[c] == i.ShortName && i.Featured && i.Levels.HasFlag(Levels.Organization));
                var value = pack.Values.SingleOrDefault(v => v.Indicator == indicator.Code && v.Year == 2025 && v.EntityCode == organization.Id);
                if (value is { Suppressed: true })
                {
                    hidden++;
                    row[c].Should().Be(Cells.Hidden);
                }
            }
        }
        hidden.Should().BePositive();
    }

    private static string DocxText(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    private static string XlsxText(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return string.Join("\n", document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<X.Cell>()).Select(c => c.InnerText));
    }
}
