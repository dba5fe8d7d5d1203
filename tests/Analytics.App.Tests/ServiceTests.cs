using System.Diagnostics;
using System.Text;
using Analytics.App.Running;
using Analytics.App.Service;
using Analytics.App.Service.Jobs;
using Analytics.Dashboards;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Analytics.App.Tests;

public class ServiceTests
{
    [Fact]
    public void TheServiceLoadsADroppedFileAndRebuildsTheSiteAndADroppedCopyChangesNothing()
    {
        using var folder = new ServiceFolder();
        folder.CopyReferences();
        using var service = folder.Start();
        try
        {
            ServiceFolder.WaitUntil(() => File.Exists(Path.Combine(folder.Site, "index.html")), TimeSpan.FromSeconds(90)).Should().BeTrue(string.Join('\n', folder.Log));
            folder.CopySample("teachers_2025.csv");
            ServiceFolder.WaitUntil(() => folder.Count("SELECT count(*) FROM fact_staff") > 17_000, TimeSpan.FromSeconds(60)).Should().BeTrue(string.Join('\n', folder.Log));
            ServiceFolder.WaitUntil(() => File.ReadAllText(Path.Combine(folder.Site, "index.html")).Contains("data-year=\"2025\"", StringComparison.Ordinal), TimeSpan.FromSeconds(60))
                .Should().BeTrue("the site is rebuilt after an ingest that changed data");
            var staff = folder.Count("SELECT count(*) FROM fact_staff");
            // Rebuilds already queued (the start-up catch-up, the references' load) may still run: wait until none has for 4 s.
            var built = File.GetLastWriteTimeUtc(Path.Combine(folder.Site, "index.html"));
            ServiceFolder.WaitUntil(() =>
            {
                var before = File.GetLastWriteTimeUtc(Path.Combine(folder.Site, "index.html"));
                Thread.Sleep(4000);
                built = File.GetLastWriteTimeUtc(Path.Combine(folder.Site, "index.html"));
                return built == before;
            }, TimeSpan.FromSeconds(60)).Should().BeTrue();

            folder.CopySample("teachers_2025.csv", "teachers_2025_again.csv");
            ServiceFolder.WaitUntil(() => !File.Exists(Path.Combine(folder.Inbox, "teachers_2025_again.csv")), TimeSpan.FromSeconds(30)).Should().BeTrue();
            Thread.Sleep(3000);

            folder.Count("SELECT count(*) FROM fact_staff").Should().Be(staff);
            folder.Count("SELECT count(*) FROM audit_file WHERE file_name = 'teachers_2025_again.csv'").Should().Be(0, "its content was loaded before: skipped");
            File.GetLastWriteTimeUtc(Path.Combine(folder.Site, "index.html")).Should().Be(built, "nothing changed, so no rebuild");
        }
        finally
        {
            ServiceFolder.Terminate(service);
        }
        string.Join("\n", folder.Log).Should().NotContain("Иванов").And.NotMatchRegex(@"\d{3}-\d{3}-\d{3} \d{2}");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AFifoAndAMalformedXlsxBesideValidFilesNeitherStallTheServiceNorGoUnnoticed()
    {
        using var folder = new ServiceFolder();
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(folder.Inbox, "teachers_fifo.csv")]))
        {
            mkfifo.WaitForExit();
        }
        File.WriteAllText(Path.Combine(folder.Inbox, "diagnostics_broken.xlsx"), "PK\u0003\u0004 this is not a workbook");
        folder.CopyReferences();
        using var service = folder.Start();
        try
        {
            ServiceFolder.WaitUntil(() => folder.Count("SELECT count(*) FROM dim_organization") > 0, TimeSpan.FromSeconds(90))
                .Should().BeTrue("the valid files load beside the FIFO and the broken workbook: " + folder.LogText);
            folder.Count("SELECT count(*) FROM audit_run WHERE outcome = 'refusals'").Should().BeGreaterThan(0);
            var index = Path.Combine(folder.Site, "index.html");
            ServiceFolder.WaitUntil(() => File.Exists(index) && File.ReadAllText(index).Contains("отклонено файлов: 2", StringComparison.Ordinal), TimeSpan.FromSeconds(90))
                .Should().BeTrue("the banner names the refused files: " + folder.LogText);
            var page = File.ReadAllText(index);
            page.Should().Contain("teachers_fifo.csv").And.Contain("diagnostics_broken.xlsx");
            var data = File.ReadAllText(Path.Combine(folder.Site, "data.html"));
            data.Should().Contain("не обычный файл").And.Contain("файл не читается как XLSX");
            // The log an operator reads says why, as the command line does, and counts the refused files.
            folder.LogText.Should().MatchRegex(@"Refused diagnostics_broken\.xlsx \(diagnostics\): read 0, loaded 0, refused 0; file refused: файл не читается как XLSX")
                .And.MatchRegex(@"Ingest run \d+: 6 files \(4 loaded, 0 skipped as loaded before, 2 refused\); rows read 763, loaded 763, refused 0");
        }
        finally
        {
            ServiceFolder.Terminate(service);
        }
    }

    [Fact]
    public void AFileWrittenSlowlyIsLoadedOnceWholeAfterTheQuietPeriod()
    {
        using var folder = new ServiceFolder(quietSeconds: 3);
        folder.CopyReferences();
        using var service = folder.Start();
        try
        {
            ServiceFolder.WaitUntil(() => folder.Count("SELECT count(*) FROM dim_organization") > 0, TimeSpan.FromSeconds(90)).Should().BeTrue(string.Join('\n', folder.Log));
            var lines = File.ReadAllLines(Path.Combine(ServiceFolder.Samples, "teachers_2024.csv"), Etl.Reading.TextEncodings.Windows1251);
            var target = Path.Combine(folder.Inbox, "teachers_slow.csv");
            var chunk = lines.Length / 3 + 1;
            for (var i = 0; i < 3; i++)
            {
                File.AppendAllLines(target, lines.Skip(i * chunk).Take(chunk), Etl.Reading.TextEncodings.Windows1251);
                Thread.Sleep(1500);
            }
            ServiceFolder.WaitUntil(() => folder.Count("SELECT count(*) FROM audit_file WHERE file_name = 'teachers_slow.csv'") > 0, TimeSpan.FromSeconds(60)).Should().BeTrue();
            folder.Count("SELECT count(*) FROM audit_file WHERE file_name = 'teachers_slow.csv'").Should().Be(1);
            folder.Count("SELECT rows_read FROM audit_file WHERE file_name = 'teachers_slow.csv'").Should().Be(lines.Length - 1);
        }
        finally
        {
            ServiceFolder.Terminate(service);
        }
    }

    [Fact]
    public void StoppingTheServiceInTheMiddleOfALargeLoadLeavesNoHalfFileAndTheNextStartCompletesIt()
    {
        using var folder = new ServiceFolder();
        folder.CopyReferences();
        var big = Path.Combine(folder.Root, "teachers_big.csv");
        const int rows = 600_000;
        using (var writer = new StreamWriter(big, false, new UTF8Encoding(false)))
        {
            writer.WriteLine("year,snils,birth_date,org_id,role,experience_years");
            var org = File.ReadLines(Path.Combine(ServiceFolder.Samples, "staffing_2022.csv"), Etl.Reading.TextEncodings.Windows1251).Skip(1).First().Split(';', ',')[0];
            for (var i = 0; i < rows; i++)
            {
                writer.WriteLine($"2024,{Analytics.Generator.SnilsNumbers.FromNumber(300_000_000 + i)},1980-05-01,{org},teacher,12");
            }
        }
        using (var first = folder.Start())
        {
            ServiceFolder.WaitUntil(() => folder.Count("SELECT count(*) FROM dim_organization") > 0, TimeSpan.FromSeconds(90)).Should().BeTrue(string.Join('\n', folder.Log));
            File.Move(big, Path.Combine(folder.Inbox, "teachers_big.csv"));
            ServiceFolder.WaitUntil(() => { lock (folder.Log) { return folder.Log.Any(l => l.Contains("teachers_big.csv: ", StringComparison.Ordinal) && l.Contains("rows read", StringComparison.Ordinal)); } }, TimeSpan.FromSeconds(60))
                .Should().BeTrue(string.Join('\n', folder.Log));
            ServiceFolder.Terminate(first);
        }
        folder.Count("SELECT count(*) FROM fact_staff").Should().BeOneOf(0, rows);

        using var second = folder.Start();
        try
        {
            ServiceFolder.WaitUntil(() => folder.Count("SELECT count(*) FROM fact_staff") == rows, TimeSpan.FromSeconds(120)).Should().BeTrue(string.Join('\n', folder.Log));
        }
        finally
        {
            ServiceFolder.Terminate(second);
        }
    }

    [Fact]
    public async Task ACommandWaitsForTheWarehouseWhileAJobHoldsItAndFailsClearlyWhenItHoldsItTooLong()
    {
        using var folder = new ServiceFolder();
        using (var c = TestDefaults.Opener.OpenReadWrite(folder.WarehousePath))
        {
        }
        (int Code, string Error) Indicators(int busyWait)
        {
            var r = CliProcess.Run(null, new Dictionary<string, string> { ["ANALYTICS_Analytics__BusyWaitSeconds"] = busyWait.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                "indicators", "--db", folder.WarehousePath);
            return (r.Code, r.Error);
        }

        var held = TestDefaults.Opener.OpenReadWrite(folder.WarehousePath);
        var clock = Stopwatch.StartNew();
        var busy = await Task.Run(() => Indicators(busyWait: 2));
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(2));
        busy.Code.Should().Be(1);
        busy.Error.Should().Contain("is in use by another process (waited 2 s)");

        var release = Task.Run(async () => { await Task.Delay(3000); held.Dispose(); });
        var waited = await Task.Run(() => Indicators(busyWait: 30));
        await release;
        waited.Code.Should().Be(0, waited.Error);
    }

    [Fact]
    public async Task AFailedSiteBuildKeepsThePreviousSiteAndIsRecordedAndShown()
    {
        using var folder = new ServiceFolder();
        using (var c = TestDefaults.Opener.OpenReadWrite(folder.WarehousePath))
        {
        }
        var publisher = new SwitchablePublisher();
        using var host = ServiceHost.Build(folder.Config, services: s => s.AddSingleton<ISitePublisher>(publisher));
        var refresher = host.Services.GetRequiredService<SiteRefresher>();

        (await refresher.RefreshAsync(CancellationToken.None)).Should().BeTrue();
        var index = Path.Combine(folder.Site, "index.html");
        var before = File.ReadAllText(index);

        publisher.Fail = true;
        (await refresher.RefreshAsync(CancellationToken.None)).Should().BeFalse();
        File.ReadAllText(index).Should().Be(before, "the previous site stays");

        publisher.Fail = false;
        (await refresher.RefreshAsync(CancellationToken.None)).Should().BeTrue();
        var data = File.ReadAllText(Path.Combine(folder.Site, "data.html"));
        data.Should().Contain("simulated build failure").And.Contain("ошибка");
    }

    [Fact]
    public async Task EveryPageCarriesTheStaleDataBannerWhenTheLastIngestFailedOrTheDataIsOld()
    {
        using var folder = new ServiceFolder();
        using (var c = TestDefaults.Opener.OpenReadWrite(folder.WarehousePath))
        {
            Analytics.Warehouse.DuckDbExtensions.Execute(c, "INSERT INTO audit_run (run_id, command, started_at, outcome, error) VALUES (nextval('audit_run_seq'), 'serve', now(), 'failed', 'disk full')");
        }
        using var host = ServiceHost.Build(folder.Config);
        (await host.Services.GetRequiredService<SiteRefresher>().RefreshAsync(CancellationToken.None)).Should().BeTrue();
        foreach (var page in Directory.EnumerateFiles(folder.Site, "*.html", SearchOption.AllDirectories))
        {
            File.ReadAllText(page).Should().Contain("последняя загрузка данных завершилась ошибкой; показаны данные предыдущих загрузок (причина — в таблице запусков на странице «Данные»).", page);
        }

        using (var c = TestDefaults.Opener.OpenReadWrite(folder.WarehousePath))
        {
            Analytics.Warehouse.DuckDbExtensions.Execute(c, "INSERT INTO audit_run (run_id, command, started_at, outcome) VALUES (nextval('audit_run_seq'), 'serve', now(), 'done')");
            Analytics.Warehouse.DuckDbExtensions.Execute(c, "INSERT INTO audit_file VALUES (nextval('audit_file_seq'), 2, 'old.csv', 'programs', 'h', 'loaded', 1, 1, 0, NULL, NULL, TIMESTAMP '2020-01-10 10:00:00', 1, NULL)");
        }
        (await host.Services.GetRequiredService<SiteRefresher>().RefreshAsync(CancellationToken.None)).Should().BeTrue();
        File.ReadAllText(Path.Combine(folder.Site, "index.html")).Should().Contain("данные устарели — последняя загрузка 10.01.2020");
    }

    /// <summary>The configuration in effect, as <c>analytics config</c> prints it (run as a process: nothing of this process changes).</summary>
    private static Dictionary<string, string> EffectiveConfiguration(string workingDirectory, Dictionary<string, string>? environment, params string[] args)
    {
        var run = CliProcess.Run(workingDirectory, environment, ["config", .. args]);
        run.Code.Should().Be(0, run.Error);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(" = ", 2)).ToDictionary(p => p[0], p => p[1]);
    }

    [Fact]
    public void TheConfigurationKeysComeFromTheFileAndTheAnalyticsEnvironmentVariablesWin()
    {
        using var folder = new ServiceFolder(quietSeconds: 3, ingestCron: "0 0/7 * * * ?");
        var environment = new Dictionary<string, string> { ["ANALYTICS_Schedule__QuietSeconds"] = "11", ["ANALYTICS_Dashboards__StaleAfterDays"] = "3" };

        var effective = EffectiveConfiguration(folder.Root, environment, "--config", folder.Config);

        effective["Schedule:QuietSeconds"].Should().Be("11");
        effective["Schedule:Ingest"].Should().Be("0 0/7 * * * ?");
        effective["Dashboards:StaleAfterDays"].Should().Be("3");
        effective["Analytics:Inbox"].Should().Be(folder.Inbox);
        effective["Privacy:PseudonymKey"].Should().Be("(set)", "the file sets it; the secret itself is never printed");
        effective["Schedule:Site"].Should().Be("0 0 5 * * ?", "the default of cli.md");
        // An unset optional setting said nothing («Analytics:Archive = »), and the Pack section was not printed at all.
        effective["Analytics:Archive"].Should().Be("(not set: archive/ beside the warehouse)");
        effective["Pack:WithSite"].Should().Be("false", "CliProcess turns the site's pack off (ANALYTICS_Pack__WithSite), printed as JSON writes it");
        effective["Pack:Meeting"].Should().Be("Заседание коллегии");
        effective.Keys.Should().Contain("Pack:Chromium");
    }

    [Fact]
    public void TheCommandsReadAppsettingsJsonFromTheWorkingFolderAndAnalyticsVariablesWin()
    {
        using var folder = new ServiceFolder();
        File.WriteAllText(Path.Combine(folder.Root, "appsettings.json"),
            "{ \"Analytics\": { \"Warehouse\": \"from-json/warehouse.duckdb\" } }");
        (int Code, string Error) Indicators(string? environmentWarehouse)
        {
            var r = CliProcess.Run(folder.Root,
                environmentWarehouse is null ? null : new Dictionary<string, string> { ["ANALYTICS_Analytics__Warehouse"] = environmentWarehouse },
                "indicators");
            return (r.Code, r.Error);
        }

        var fromJson = Indicators(null);
        fromJson.Code.Should().Be(1);
        fromJson.Error.Should().Contain(Path.Combine(folder.Root, "from-json", "warehouse.duckdb"));

        var fromEnvironment = Indicators("from-env/warehouse.duckdb");
        fromEnvironment.Code.Should().Be(1);
        fromEnvironment.Error.Should().Contain(Path.Combine(folder.Root, "from-env", "warehouse.duckdb"));

        EffectiveConfiguration(folder.Root, null)["Analytics:Warehouse"].Should().Be("from-json/warehouse.duckdb", "serve reads the same configuration");
    }

    [Fact]
    public void TheCompositionRootValidatesAndEveryJobCanBeCreated()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddAnalyticsService();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        using var host = builder.Build();
        ActivatorUtilities.CreateInstance<IngestJob>(host.Services).Should().NotBeNull();
        ActivatorUtilities.CreateInstance<SiteJob>(host.Services).Should().NotBeNull();
        host.Services.GetServices<IHostedService>().Should().NotBeEmpty();
    }

    private sealed class SwitchablePublisher : ISitePublisher
    {
        private readonly SitePublisher _real = new(new SiteBuilder(TestDefaults.MartOpener, TestDefaults.Indicators));

        public bool Fail { get; set; }

        public string Publish(string warehouse, string site, string? banner) =>
            Fail ? throw new IOException("simulated build failure") : _real.Publish(warehouse, site, banner);
    }
}
