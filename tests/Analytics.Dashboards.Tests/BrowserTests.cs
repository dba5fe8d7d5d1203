using Microsoft.Playwright;

namespace Analytics.Dashboards.Tests;

/// <summary>Every page of the samples' site opened from file:// in Debian's chromium, headless.</summary>
[Collection("site")]
public class BrowserTests(SiteFixture site)
{
    /// <summary>Debian's chromium, headless, with nothing it would fetch on its own.</summary>
    /// <summary>The visible charts' category labels that begin left of their figure (cut off by its edge), as «chart: label».</summary>
    internal static Task<string[]> TickLabelsCutAtTheLeft(IPage page) => page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.chart')]
        .filter(d => d.offsetParent !== null && d.querySelector('.main-svg'))
        .flatMap(d => { const left = d.querySelector('.main-svg').getBoundingClientRect().left;
            return [...d.querySelectorAll('.ytick text, .y2tick text')].filter(t => t.getBoundingClientRect().left < left - 0.5).map(t => d.dataset.chart + ': ' + t.textContent); })");

    internal static async Task<IBrowser> Launch(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });

    /// <summary>What a page writes to the console as an error or throws, and every request outside <paramref name="site"/>, as they happen.</summary>
    internal static (List<string> Errors, List<string> Outside) Watch(IPage page, string site)
    {
        var errors = new List<string>();
        var outside = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        var root = new Uri(site + "/").AbsoluteUri;
        page.Request += (_, r) => { if (!r.Url.StartsWith(root, StringComparison.Ordinal)) { outside.Add(r.Url); } };
        return (errors, outside);
    }

    [Fact]
    public async Task EveryPageRendersEveryChartWithNoConsoleErrorAndNoRequestOutsideTheSite()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();
        var (errors, outside) = Watch(page, site.Site);

        var pages = site.Pages.ToList();
        pages.Should().HaveCount(6 + Analytics.Warehouse.Indicators.IndicatorCatalog.All.Count + 26);
        foreach (var path in pages)
        {
            await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // Every chart shown (another year's card keeps its sparkline until that year is chosen).
            var charts = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.chart')].filter(d => !d.closest('[hidden]')).length");
            var rendered = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.chart')].filter(d => !d.closest('[hidden]') && d.querySelector('.main-svg')).length");
            rendered.Should().Be(charts, Path.GetRelativePath(site.Site, path));
            if (!path.EndsWith("data.html", StringComparison.Ordinal) && !path.EndsWith("methodology.html", StringComparison.Ordinal) && !path.EndsWith("effectiveness.html", StringComparison.Ordinal))
            {
                charts.Should().BePositive(path);
            }
        }
        errors.Should().BeEmpty();
        outside.Should().BeEmpty();
    }

    [Fact]
    public async Task NoChartsToolbarCoversItsTitleALabelOrALegend()
    {
        // Seen on a municipality's page: the small charts of «Динамика основных показателей» are 300 px wide and
        // Plotly's toolbar (shown while the pointer is over a chart) covered the title, the only thing naming each one.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        var covered = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            covered.AddRange((await page.EvaluateAsync<string[]>("""
                () => {
                  const hits = [];
                  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                  document.querySelectorAll('.chart').forEach(chart => {
                    if (chart.closest('[hidden]')) { return; }
                    const bar = chart.querySelector('.modebar');
                    if (!bar || getComputedStyle(bar.parentElement).display === 'none') { return; }
                    const box = bar.getBoundingClientRect();
                    chart.querySelectorAll('.gtitle, .annotation-text, .legendtext').forEach(t => {
                      if (t.textContent.trim() && meet(box, t.getBoundingClientRect())) { hits.push(t.textContent.trim()); }
                    });
                  });
                  return hits;
                }
                """)).Select(text => $"{Path.GetRelativePath(site.Site, path)}: «{text}»"));
        }
        covered.Should().BeEmpty();
    }

    [Fact]
    public async Task SwitchingTheYearChangesTheFiguresShown()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(Path.Combine(site.Site, "indicators", "diag_coverage.html")).AbsoluteUri);
        var latest = await page.EvaluateAsync<double[]>("() => Array.from(document.querySelector('[data-chart=ranking]').data[0].x)");
        var latestTable = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('[data-year]')].filter(e => !e.hidden && e.querySelector('table')).map(e => e.getAttribute('data-year')).join()");
        await page.SelectOptionAsync("#year", "2021");
        var first = await page.EvaluateAsync<double[]>("() => Array.from(document.querySelector('[data-chart=ranking]').data[0].x)");
        var firstTable = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('[data-year]')].filter(e => !e.hidden && e.querySelector('table')).map(e => e.getAttribute('data-year')).join()");

        latest.Should().NotBeEmpty();
        first.Should().NotEqual(latest);
        latestTable.Should().Be("2025");
        firstTable.Should().Be("2021");

        await page.GotoAsync(new Uri(Path.Combine(site.Site, "index.html")).AbsoluteUri);
        var visible2025 = await page.EvaluateAsync<string>("() => document.querySelector('.card[data-indicator=diag_coverage]:not([hidden]) .value').textContent");
        await page.SelectOptionAsync("#year", "2022");
        var visible2022 = await page.EvaluateAsync<string>("() => document.querySelector('.card[data-indicator=diag_coverage]:not([hidden]) .value').textContent");
        visible2022.Should().NotBe(visible2025);
    }

    [Fact]
    public async Task EveryPageKindPrintsOnA4WithItsYearItsChartsWithinThePrintableWidthAndNoToolbar()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        const int printable = (int)((210 - 24) / 25.4 * 96); // A4 less the 12 mm side margins of the site's @page, in CSS pixels
        foreach (var path in new[] { "index.html", "indicators/diag_coverage.html", "municipalities/71601000.html", "collegium.html", "deficits.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Site, path)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.SelectOptionAsync("#year", "2023");
            var before = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.chart:not(.spark) .main-svg')].map(s => s.getBoundingClientRect().width))");
            before.Should().BeGreaterThan(printable, $"{path}: on a 1400 px screen the charts are wider than a page");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
            var widths = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.chart:not(.spark)')].filter(d => d.offsetParent !== null).map(d => d.querySelector('.main-svg').getBoundingClientRect().width)");
            widths.Should().NotBeEmpty(path).And.OnlyContain(w => w <= printable, $"{path}: every chart is laid out for the page");
            (await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.modebar-container')].filter(m => getComputedStyle(m).display !== 'none').length")).Should().Be(0, path);
            (await page.InnerTextAsync(".print-year")).Should().Be("Данные за 2023 год", path);
            (await page.PdfAsync(new PagePdfOptions { Format = "A4" })).Length.Should().BePositive();
            await page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }
    }

    [Fact]
    public async Task AMunicipalitysSmallChartsPrintTwoToARowWithinThePage()
    {
        // Seen printing a municipality's page: the seven small charts of «Динамика основных показателей» stood one per row,
        // each a third of the page wide with the rest blank — two pages where one would do.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        const int printable = (int)((210 - 24) / 25.4 * 96); // the page's width, as the printed page lays out
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = printable, Height = 1000 } });
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "municipalities/71601000.html")).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        var boxes = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('.chart.small')].filter(d => d.offsetParent !== null).map(d => { const r = d.querySelector('.main-svg').getBoundingClientRect(); const p = document.querySelector('main').getBoundingClientRect(); return [r.left - p.left, r.top, r.width]; })");
        boxes.Should().HaveCount(7);
        for (var i = 0; i < boxes.Length; i++)
        {
            var (left, top, width) = (boxes[i][0], boxes[i][1], boxes[i][2]);
            width.Should().BeGreaterThan(printable * 0.45, $"chart {i} takes half the page").And.BeLessThanOrEqualTo(printable / 2.0);
            (left + width).Should().BeLessThanOrEqualTo(printable + 1, $"chart {i} within the page");
            if (i % 2 == 1)
            {
                top.Should().BeApproximately(boxes[i - 1][1], 1, $"chart {i} beside chart {i - 1}");
                left.Should().BeGreaterThanOrEqualTo(boxes[i - 1][0] + boxes[i - 1][2], $"chart {i} right of chart {i - 1}");
            }
        }
    }

    [Fact]
    public async Task EveryTablePrintsWithinThePageWidth()
    {
        // Seen printing effectiveness.html: the table of the analysis ended after «МО с рекомендацией | Изменение в среднем |
        // Значимо улучшились» — the three columns of the municipalities without a recommendation were cut off at the page's
        // edge (the table's scrolling frame clips in print), and the indicator's name wrapped a word a line.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        const int printable = (int)((210 - 24) / 25.4 * 96); // A4 less the 12 mm side margins of the site's @page, in CSS pixels
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = printable, Height = 1000 } });
        foreach (var path in new[] { "effectiveness.html", "indicators/diag_coverage.html", "municipalities/71601000.html", "collegium.html", "data.html" })
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Site, path)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var tables = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('table')].filter(t => t.offsetParent !== null).map(t => t.getBoundingClientRect().right + ' ' + t.rows[0].textContent)");
            tables.Should().NotBeEmpty(path).And.OnlyContain(t => double.Parse(t.Split(" ")[0], System.Globalization.CultureInfo.InvariantCulture) <= printable + 1, $"{path}: every table within the page");
            (await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.table-frame')].filter(f => f.offsetParent !== null && f.scrollWidth > f.clientWidth + 1).length"))
                .Should().Be(0, $"{path}: no table clipped by its frame");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }
    }

    [Fact]
    public async Task TheYearLivesInTheAddressFollowsEveryLinkAndSurvivesBackAndForward()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();
        const string VisibleYears = "() => [...new Set([...document.querySelectorAll('[data-year]')].filter(e => !e.hidden).map(e => e.getAttribute('data-year')))].join()";
        const string CardYear = "() => document.querySelector('.card[data-indicator=diag_coverage]:not([hidden])').closest('[data-year]')?.getAttribute('data-year') ?? document.querySelector('.card[data-indicator=diag_coverage]:not([hidden])').getAttribute('data-year')";

        // Chosen on the summary: in the address, then carried by the link to an indicator.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "index.html")).AbsoluteUri);
        await page.SelectOptionAsync("#year", "2022");
        new Uri(page.Url).Fragment.Should().Be("#year=2022");
        await page.ClickAsync(".card[data-indicator=diag_coverage]:not([hidden]) h3 a");
        await Arrive(page, @"/indicators/diag_coverage\.html#year=2022$");
        (await page.InputValueAsync("#year")).Should().Be("2022");
        (await page.EvaluateAsync<string>(VisibleYears)).Should().Be("2022", "the tables shown are the chosen year's");

        // «Назад»: the summary with 2022 in the selector and on the cards; «Вперёд»: the indicator in 2022 again.
        await page.GoBackAsync();
        (await page.InputValueAsync("#year")).Should().Be("2022");
        (await page.EvaluateAsync<string>(CardYear)).Should().Be("2022");
        await page.GoForwardAsync();
        (await page.InputValueAsync("#year")).Should().Be("2022");
        (await page.EvaluateAsync<string>(VisibleYears)).Should().Be("2022");

        // Within a page: choose 2023, then «Назад» returns to 2022, selector and tables together.
        await page.SelectOptionAsync("#year", "2023");
        (await page.EvaluateAsync<string>(VisibleYears)).Should().Be("2023");
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('year').value === '2022'");
        (await page.EvaluateAsync<string>(VisibleYears)).Should().Be("2022");

        // A link someone sends: a municipality's page in 2021.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "municipalities", "71601000.html")).AbsoluteUri + "#year=2021");
        (await page.InputValueAsync("#year")).Should().Be("2021");
        (await page.EvaluateAsync<string>(VisibleYears)).Should().Be("2021");
    }

    [Fact]
    public async Task EveryDownloadedCsvReadsAsARussianExcelReadsItAndHoldsThePagesNumbers()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");

        // An indicator's table (the page's own CSV, with the codes): the indicator, unit, year,
        // target and region first, then a row per municipality whose value and numerator are the table's.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "indicators", "diag_coverage.html")).AbsoluteUri + "#year=2024");
        var (meta, table) = await Download(page, "[data-year='2024'] button.csv");
        meta.Select(r => r[0]).Should().Equal("Показатель", "Единица", "Год", "Целевое значение", "Значение по региону");
        meta[0][1].Should().Be(Analytics.Warehouse.Indicators.IndicatorCatalog.DiagCoverage.Name);
        meta[1][1].Should().Be("%");
        meta[2][1].Should().Be("2024");
        var region = double.Parse(meta[4][1], ru);
        (await page.InnerTextAsync("p.meta[data-year='2024']")).Should().Contain(RussianFormat.Number(region));
        var shown = await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('[data-year=\"2024\"] tbody tr')].filter(r => r.cells.length > 2).map(r => [r.cells[0].textContent, r.cells[1].textContent, r.cells[2].textContent])");
        shown.Should().NotBeEmpty();
        foreach (var row in shown)
        {
            var line = table.Single(r => r[1] == row[0]);
            double.Parse(line[3], ru).Should().BeApproximately(double.Parse(row[1].Replace("\u00A0%", "", StringComparison.Ordinal), ru), 0.05 + 1e-9, row[0] + ": the page shows it to one decimal");
            double.Parse(line[4], ru).Should().Be(double.Parse(row[2].Replace("\u202F", "", StringComparison.Ordinal), ru), row[0]);
        }

        // A table without a CSV of its own (a municipality's indicators): every number of the table,
        // as a number, in the same row and column.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "municipalities", "71601000.html")).AbsoluteUri + "#year=2025");
        var frame = "[data-year='2025'] .table-frame:has(tr[data-indicator])";
        (meta, table) = await Download(page, $"[data-year='2025'] .table-tools:has(+ .table-frame tr[data-indicator]) button.csv");
        meta.Should().Contain(r => r.Length == 2 && r[0] == "Год" && r[1] == "2025");
        var cells = await page.EvaluateAsync<string[][]>($"() => [...document.querySelectorAll(\"{frame} tr\")].map(r => [...r.cells].map(c => c.textContent))");
        table.Should().HaveCount(cells.Length);
        var numbers = 0;
        for (var r = 1; r < cells.Length; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                var text = cells[r][c].Replace("\u00A0%", "", StringComparison.Ordinal).Replace("\u00A0чел.", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace('\u2212', '-');
                if (double.TryParse(text, System.Globalization.NumberStyles.Float, ru, out var number))
                {
                    double.Parse(table[r][c], System.Globalization.NumberStyles.Float, ru).Should().Be(number, $"row {r}, column {c}");
                    numbers++;
                }
            }
        }
        numbers.Should().BeGreaterThan(3 * 20, "the values, the region and the medians are numbers");

        // Signed figures keep their sign (seen: «+0,9 п. п.» downloaded as -0,9 — the reader took «+» for a minus).
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "effectiveness.html")).AbsoluteUri + "#year=2025");
        var analysis = "[data-year='2025'] .table-frame:has(th:is(.num))";
        (meta, table) = await Download(page, $"[data-year='2025'] .table-tools:has(+ .table-frame th.num) button.csv");
        cells = await page.EvaluateAsync<string[][]>($"() => [...document.querySelectorAll(\"{analysis} tbody tr\")].map(r => [...r.cells].map(c => c.textContent))");
        var signed = new List<(double Shown, double Saved)>();
        var body = table.Skip(table.Count - cells.Length).ToList();
        for (var r = 0; r < cells.Length; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                if (cells[r][c].Length > 0 && cells[r][c][0] is '+' or '\u2212')
                {
                    var figure = double.Parse(cells[r][c].Split('\u00A0')[0].Replace('\u2212', '-').TrimStart('+'), ru);
                    signed.Add((figure, double.Parse(body[r][c], System.Globalization.NumberStyles.Float, ru)));
                }
            }
        }
        signed.Should().Contain(s => s.Shown > 0).And.Contain(s => s.Shown < 0);
        signed.Should().OnlyContain(s => s.Shown == s.Saved);
    }

    [Fact]
    public async Task ATableSortsByAnyColumnAndFiltersByMunicipality()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "indicators", "diag_coverage.html")).AbsoluteUri + "#year=2025");
        const string Table = "[data-year='2025'] table";
        const string Values = "() => [...document.querySelectorAll(\"[data-year='2025'] tbody tr:not([hidden])\")].map(r => parseFloat(r.cells[1].textContent.replace(',', '.')))";
        const string Names = "() => [...document.querySelectorAll(\"[data-year='2025'] tbody tr:not([hidden])\")].map(r => r.cells[0].textContent)";
        var original = await page.EvaluateAsync<double[]>(Values);

        await page.ClickAsync($"{Table} th:nth-child(2)");
        (await page.EvaluateAsync<double[]>(Values)).Should().Equal(original.Order(), "the first click sorts ascending");
        await page.ClickAsync($"{Table} th:nth-child(2)");
        (await page.EvaluateAsync<double[]>(Values)).Should().Equal(original.OrderDescending());

        // «Место» («12 из 26»): by place, not as text (which put «10 из 26» before «2 из 26»).
        const string Places = "() => [...document.querySelectorAll(\"[data-year='2025'] tbody tr:not([hidden])\")].map(r => parseInt(r.cells[4].textContent, 10))";
        await page.ClickAsync($"{Table} th:nth-child(5)");
        var places = await page.EvaluateAsync<int[]>(Places);
        places.Should().BeInAscendingOrder().And.Contain(2).And.Contain(10);
        // «Уровень (балл 0–100)» («низкий (16)»): by the score, not by the group's word.
        const string Scores = "() => [...document.querySelectorAll(\"[data-year='2025'] tbody tr:not([hidden])\")].map(r => parseInt(r.cells[5].textContent.split('(')[1], 10))";
        await page.ClickAsync($"{Table} th:nth-child(6)");
        (await page.EvaluateAsync<int[]>(Scores)).Should().BeInAscendingOrder();
        await page.ClickAsync($"{Table} th:nth-child(1)");
        (await page.EvaluateAsync<string[]>(Names)).Should().BeInAscendingOrder(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"), true));

        await page.FillAsync("[data-year='2025'] .table-filter", "тоб");
        (await page.EvaluateAsync<string[]>(Names)).Should().Equal("город Тобольск", "Тобольский муниципальный округ");
        await page.FillAsync("[data-year='2025'] .table-filter", "");
        (await page.EvaluateAsync<string[]>(Names)).Should().HaveCount(original.Length);

        // A missing change («—»: no methodists the year before) is last whichever way the column is sorted.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "indicators", "teachers_per_methodist.html")).AbsoluteUri + "#year=2025");
        const string Changes = "() => [...document.querySelectorAll(\"[data-year='2025'] tbody tr:not([hidden])\")].map(r => r.cells[7].textContent)";
        static double? Number(string text) => text == "—" ? null : double.Parse(text.Split('\u00A0')[0].Replace('−', '-').Replace("+", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var ascending in new[] { true, false })
        {
            await page.ClickAsync($"{Table} th:nth-child(8)");
            var changes = (await page.EvaluateAsync<string[]>(Changes)).Select(Number).ToList();
            changes.Should().Contain((double?)null).And.Contain(c => c != null);
            changes.SkipWhile(c => c != null).Should().OnlyContain(c => c == null, "every «—» after the figures");
            var figures = changes.TakeWhile(c => c != null).Select(c => c!.Value).ToList();
            (ascending ? figures.Should().BeInAscendingOrder() : figures.Should().BeInDescendingOrder()).And.HaveCountGreaterThan(5);
        }
    }

    // Clicks a «Скачать CSV» and reads the file as a Russian Excel does: UTF-8 with a BOM, ';',
    // quotes; the lines before the first blank one describe the table, the rest is the table.
    private static async Task<(List<string[]> Meta, List<string[]> Table)> Download(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(button));
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel takes UTF-8 only with a BOM");
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var parts = text.Split("\r\n\r\n", 2);
        static List<string[]> Read(string part)
        {
            using var reader = Sylvan.Data.Csv.CsvDataReader.Create(new StringReader(part), new Sylvan.Data.Csv.CsvDataReaderOptions { Delimiter = ';', HasHeaders = false });
            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToArray());
            }
            return rows;
        }
        return (Read(parts[0]), Read(parts[1]));
    }

    [Fact]
    public async Task NoPageScrollsSidewaysOnAPhone()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        // Every kind of page: the six of the top menu, a compared indicator, a count, a municipality.
        var kinds = new[] { "index.html", "deficits.html", "effectiveness.html", "collegium.html", "data.html", "methodology.html",
            "indicators/diag_coverage.html", "indicators/vacancies.html", "municipalities/71601000.html" };
        var wide = new List<string>();
        foreach (var kind in kinds)
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Site, kind)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForTimeoutAsync(300); // Plotly's responsive re-layout
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var culprits = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-frame, .scroll-frame, [hidden]')).slice(0, 3).map(e => e.tagName + '.' + e.className).join(' ')");
            if (width > 390) { wide.Add($"{kind}: {width} px ({culprits})"); }
            // What was seen, for a person to look at (and for the README): artifacts/phone/.
            var shots = Path.Combine(AppContext.BaseDirectory, "phone");
            Directory.CreateDirectory(shots);
            // The whole page in one viewport (a full-page screenshot resizes the page mid-render).
            await page.SetViewportSizeAsync(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"));
            await page.WaitForTimeoutAsync(500);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, kind.Replace('/', '_') + ".png") });
            await page.SetViewportSizeAsync(390, 844);
        }
        wide.Should().BeEmpty("no page scrolls sideways at 390 px");
    }

    [Fact]
    public async Task AClickOnARankingBarAGapMapCellOrASummaryCardOpensItsPageInTheSelectedYear()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        // The screen point of a category (x index, y index) of a chart, and its y label.
        const string Point = """
            ([selector, xi, yi]) => {
              const gd = document.querySelector(selector);
              gd.scrollIntoView({ block: 'start' });
              // The figure's own box: its frame has the toolbar's strip above it.
              const layout = gd._fullLayout, box = gd.querySelector('.main-svg').getBoundingClientRect();
              const trace = gd._fullData[0];
              const xa = layout.xaxis, ya = layout.yaxis;
              const label = trace.type === 'bar' ? trace.y[yi] : trace.y[yi];
              const x = trace.type === 'bar' ? xa._offset + xa.l2p(trace.x[yi] / 2) : xa._offset + xa.l2p(xi);
              const y = ya._offset + ya.l2p(yi);
              return { x: box.left + x, y: box.top + y, label: label, column: trace.type === 'bar' ? '' : String(trace.x[xi]) };
            }
            """;

        await page.GotoAsync(new Uri(Path.Combine(site.Site, "indicators", "diag_coverage.html")).AbsoluteUri + "#year=2023");
        var bar = ClickPoint.Of(await page.EvaluateAsync<System.Text.Json.JsonElement>(Point, new object[] { ".chart[data-chart=ranking]", 0, 3 }));
        await ClickChart(page, ".chart[data-chart=ranking]", bar);
        await Arrive(page, @"/municipalities/\d+\.html#year=2023$");
        (await page.InnerTextAsync("h1")).Should().Be(bar.Label, "the bar clicked is the municipality opened");
        (await page.InputValueAsync("#year")).Should().Be("2023");

        await page.GotoAsync(new Uri(Path.Combine(site.Site, "index.html")).AbsoluteUri + "#year=2022");
        var cell = ClickPoint.Of(await page.EvaluateAsync<System.Text.Json.JsonElement>(Point, new object[] { ".chart[data-chart=gapmap]", 1, 5 }));
        await ClickChart(page, ".chart[data-chart=gapmap]", cell);
        // The cell's column is an indicator: the municipality's page opens at its row, and the
        // breadcrumbs lead back through it.
        var indicator = Analytics.Warehouse.Indicators.IndicatorCatalog.All.Single(i => i.ShortName == cell.Column);
        await Arrive(page, @"/municipalities/\d+\.html#year=2022&indicator=" + indicator.Code + "$");
        (await page.InnerTextAsync("h1")).Should().Be(cell.Label);
        (await page.InputValueAsync("#year")).Should().Be("2022");
        (await page.IsVisibleAsync($"tr.arrived[data-indicator={indicator.Code}]")).Should().BeTrue();
        (await page.InnerTextAsync("nav.crumbs")).Should().Be($"Сводка → {indicator.Name} → {cell.Label}");

        // A card of the summary, clicked anywhere (here on its value), opens its indicator in the year.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "index.html")).AbsoluteUri + "#year=2022");
        var value = (await page.Locator(".card[data-indicator=route_share]:not([hidden]) .value").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(value.X + (value.Width / 2), value.Y + (value.Height / 2)); // the card's link covers the card
        await Arrive(page, @"/indicators/route_share\.html#year=2022$");
        (await page.InputValueAsync("#year")).Should().Be("2022");
        (await page.InnerTextAsync("nav.crumbs")).Should().Be("Сводка → " + Analytics.Warehouse.Indicators.IndicatorCatalog.All.Single(i => i.Code == "route_share").ShortName);
    }

    [Fact]
    public async Task TheHeadersPickerOpensAMunicipalityFromAnyPageInTheSelectedYear()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();
        // From an indicator's page the municipality opens at that indicator.
        foreach (var (path, year, at) in new[] { ("index.html", "2022", ""), ("indicators/route_share.html", "2024", "&indicator=route_share") })
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Site, path)).AbsoluteUri + "#year=" + year);
            (await page.EvaluateAsync<int>("() => document.querySelectorAll('#municipality-list option').length")).Should().Be(26);
            await page.FillAsync("#municipality-picker", "абатский муниципальный округ");
            await page.PressAsync("#municipality-picker", "Enter");
            await Arrive(page, @"/municipalities/71601000\.html#year=" + year + at + "$");
            (await page.InnerTextAsync("h1")).Should().Be("Абатский муниципальный округ");
            (await page.InputValueAsync("#year")).Should().Be(year);
        }

        // A part of one name typed and Enter (not chosen from the list) did nothing; now it opens that name.
        // A part of two names («Ялуторовск»: the city and the district) waits for a choice.
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "index.html")).AbsoluteUri + "#year=2023");
        await page.FillAsync("#municipality-picker", "ялуторовск");
        await page.PressAsync("#municipality-picker", "Enter");
        await page.WaitForTimeoutAsync(500);
        page.Url.Should().EndWith("/index.html#year=2023");
        await page.FillAsync("#municipality-picker", "  Тюмень ");
        await page.PressAsync("#municipality-picker", "Enter");
        await Arrive(page, @"/municipalities/71701000\.html#year=2023$");
        (await page.InnerTextAsync("h1")).Should().Be("город Тюмень");
    }

    // Plotly reports a click on the point under the pointer it found when hovering, and its hover
    // is throttled: on a slow machine a move and a click at once click nothing. Hover first, wait
    // until Plotly has the point, then click, as a person's hand does.
    private static async Task ClickChart(IPage page, string selector, ClickPoint point)
    {
        await page.Mouse.MoveAsync((float)point.X, (float)point.Y);
        await page.WaitForFunctionAsync("selector => (document.querySelector(selector)._hoverdata || []).length > 0", selector);
        await page.Mouse.ClickAsync((float)point.X, (float)point.Y);
    }

    // The page a script sends the browser to. Plotly reports a click after the mouse is up and the
    // page then sets location.href: on a slow machine that navigation starts after a wait began,
    // and Playwright's WaitForURL (watching for the navigation event) was seen to miss it in CI.
    // The address itself is polled instead, then the new page's load awaited.
    private static async Task Arrive(IPage page, string addressPattern)
    {
        var address = new System.Text.RegularExpressions.Regex(addressPattern);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!address.IsMatch(page.Url))
        {
            if (DateTime.UtcNow > deadline) { throw new TimeoutException($"the page stayed at {page.Url}, expected /{addressPattern}/"); }
            await Task.Delay(50);
        }
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private sealed record ClickPoint(double X, double Y, string Label, string Column)
    {
        public static ClickPoint Of(System.Text.Json.JsonElement e) =>
            new(e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble(), e.GetProperty("label").GetString()!, e.GetProperty("column").GetString()!);
    }
}
