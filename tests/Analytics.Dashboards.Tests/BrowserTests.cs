using Microsoft.Playwright;

namespace Analytics.Dashboards.Tests;

/// <summary>Every page of the samples' site opened from file:// in Debian's chromium, headless.</summary>
[Collection("site")]
public class BrowserTests(SiteFixture site)
{
    private static async Task<IBrowser> Launch(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });

    [Fact]
    public async Task EveryPageRendersEveryChartWithNoConsoleErrorAndNoRequestOutsideTheSite()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        var outside = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        var root = new Uri(site.Site + "/").AbsoluteUri;
        page.Request += (_, r) => { if (!r.Url.StartsWith(root, StringComparison.Ordinal)) { outside.Add(r.Url); } };

        var pages = site.Pages.ToList();
        pages.Should().HaveCount(6 + Analytics.Warehouse.Indicators.IndicatorCatalog.All.Count + 26);
        foreach (var path in pages)
        {
            await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var charts = await page.EvaluateAsync<int>("() => document.querySelectorAll('.chart').length");
            var rendered = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.chart')].filter(d => d.querySelector('.main-svg')).length");
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
    public async Task AClickOnARankingBarOrAGapMapCellOpensThatMunicipalityInTheSelectedYear()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        // The screen point of a category (x index, y index) of a chart, and its y label.
        const string Point = """
            ([selector, xi, yi]) => {
              const gd = document.querySelector(selector);
              gd.scrollIntoView({ block: 'start' });
              const layout = gd._fullLayout, box = gd.getBoundingClientRect();
              const trace = gd._fullData[0];
              const xa = layout.xaxis, ya = layout.yaxis;
              const label = trace.type === 'bar' ? trace.y[yi] : trace.y[yi];
              const x = trace.type === 'bar' ? xa._offset + xa.l2p(trace.x[yi] / 2) : xa._offset + xa.l2p(xi);
              const y = ya._offset + ya.l2p(yi);
              return { x: box.left + x, y: box.top + y, label: label };
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
        await Arrive(page, @"/municipalities/\d+\.html#year=2022$");
        (await page.InnerTextAsync("h1")).Should().Be(cell.Label);
    }

    [Fact]
    public async Task TheHeadersPickerOpensAMunicipalityFromAnyPageInTheSelectedYear()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync();
        foreach (var (path, year) in new[] { ("index.html", "2022"), ("indicators/route_share.html", "2024") })
        {
            await page.GotoAsync(new Uri(Path.Combine(site.Site, path)).AbsoluteUri + "#year=" + year);
            (await page.EvaluateAsync<int>("() => document.querySelectorAll('#municipality-list option').length")).Should().Be(26);
            await page.FillAsync("#municipality-picker", "абатский муниципальный округ");
            await page.PressAsync("#municipality-picker", "Enter");
            await Arrive(page, @"/municipalities/71601000\.html#year=" + year + "$");
            (await page.InnerTextAsync("h1")).Should().Be("Абатский муниципальный округ");
            (await page.InputValueAsync("#year")).Should().Be(year);
        }
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

    private sealed record ClickPoint(double X, double Y, string Label)
    {
        public static ClickPoint Of(System.Text.Json.JsonElement e) =>
            new(e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble(), e.GetProperty("label").GetString()!);
    }
}
