using System.Diagnostics;
using Analytics.App.Service;
using Analytics.App.Service.Jobs;
using Analytics.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Analytics.App.Tests;

/// <summary>The composition root, the jobs and the entry script: each test failed before its fix.</summary>
public class ApplicationLayerTests
{
    [Fact]
    public void TheServiceHostHasOneLifetimeTheConsoleOneThatStopsOnSigterm()
    {
        using var folder = new ServiceFolder();
        var descriptors = new List<ServiceDescriptor>();
        using var host = ServiceHost.Build(folder.Config, services: s => descriptors.AddRange(s));

        descriptors.Count(d => d.ServiceType == typeof(IHostLifetime)).Should().Be(1, "the host's own console lifetime, not a second registration of an internal type");
        host.Services.GetRequiredService<IHostLifetime>().GetType().Name.Should().Be("ConsoleLifetime");
    }

    [Fact]
    public void AtStartTheSiteIsBuiltOnceAndOnlyAfterTheCatchUpIngest()
    {
        using var folder = new ServiceFolder(ingestCron: "0 0 3 * * ?");
        folder.CopyReferences();
        using var service = folder.Start();
        try
        {
            ServiceFolder.WaitUntil(() => File.Exists(Path.Combine(folder.Site, "index.html")), TimeSpan.FromSeconds(90)).Should().BeTrue(folder.LogText);
            Thread.Sleep(5000);
        }
        finally
        {
            ServiceFolder.Terminate(service);
        }
        folder.Count("SELECT count(*) FROM audit_run WHERE command = 'site'").Should().Be(1, "one catch-up build, asked for by the catch-up ingest: " + folder.LogText);
        folder.Count("""
            SELECT count(*) FROM audit_run s, audit_run i
            WHERE s.command = 'site' AND i.command = 'serve' AND s.started_at >= i.finished_at
            """).Should().Be(1, "the build starts after the ingest has finished");
    }

    [Fact]
    public async Task ASiteJobWaitingForTheWarehouseEndsQuietlyWhenItsCancellationComes()
    {
        using var folder = new ServiceFolder();
        using var host = ServiceHost.Build(folder.Config);
        var gate = host.Services.GetRequiredService<WarehouseGate>();
        var held = await gate.EnterAsync(CancellationToken.None);
        var job = ActivatorUtilities.CreateInstance<SiteJob>(host.Services);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var run = Task.Run(() => job.Execute(null!, cancellation.Token).AsTask());
        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
        held.Dispose();

        first.Should().BeSameAs(run, "the job waits for the warehouse only until it is cancelled");
        await run;
    }

    [Fact]
    public void AScheduledIngestAgainstAHeldWarehouseRecordsAFailedRunWithAOneLineReasonAndNoStackTrace()
    {
        using var folder = new ServiceFolder(busyWaitSeconds: 1);
        var held = TestDefaults.Opener.OpenReadWrite(folder.WarehousePath);
        using var service = folder.Start();
        try
        {
            ServiceFolder.WaitUntil(() => folder.LogText.Contains("Ingest run could not start", StringComparison.Ordinal), TimeSpan.FromSeconds(60))
                .Should().BeTrue(folder.LogText);
            held.Dispose();
            ServiceFolder.WaitUntil(() => folder.Count("SELECT count(*) FROM audit_run WHERE outcome = 'failed'") > 0, TimeSpan.FromSeconds(60))
                .Should().BeTrue(folder.LogText);
        }
        finally
        {
            held.Dispose();
            ServiceFolder.Terminate(service);
        }
        using var c = TestDefaults.Opener.OpenReadOnly(folder.WarehousePath);
        var error = Analytics.Warehouse.DuckDbExtensions.Scalar<string>(c, "SELECT error FROM audit_run WHERE outcome = 'failed' ORDER BY run_id LIMIT 1")!;
        // The record is read on the data page: in Russian (it was the exception's English message).
        error.Should().MatchRegex(@"^хранилище было занято другим процессом \(ожидание [12] с\): запуск пропущен, файлы будут загружены при следующем запуске$");
        folder.LogText.Should().NotMatchRegex(@"(?m)^\s+at ", "no stack trace in the log");
    }

    [Fact]
    public void BuildSiteWaitsForAHeldWarehouseOnlyAsLongAsConfigured()
    {
        using var folder = new ServiceFolder();
        using var held = TestDefaults.Opener.OpenReadWrite(folder.WarehousePath);
        var clock = Stopwatch.StartNew();

        var run = CliProcess.Run(folder.Root, new Dictionary<string, string> { ["ANALYTICS_Analytics__BusyWaitSeconds"] = "2" },
            "build-site", "--db", folder.WarehousePath, "--out", folder.Site);

        run.Code.Should().Be(1);
        run.Error.Should().Contain("is in use by another process (waited 2 s)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("ANALYTICS_Schedule__Ingest", "*/5 * * * *", "Schedule:Ingest = «*/5 * * * *» is not a Quartz cron expression: Cron expression '*/5 * * * *' has 5 fields")]
    [InlineData("ANALYTICS_Schedule__Site", "каждую ночь", "Schedule:Site = «каждую ночь» is not a Quartz cron expression: ")]
    [InlineData("ANALYTICS_Indicators__DeficitThreshold", "600", "Indicators:DeficitThreshold = 600 is outside 0–100")]
    [InlineData("ANALYTICS_Privacy__MinCell", "0", "Privacy:MinCell = 0 is less than 1")]
    public void AWrongSettingStopsServeAtOnceNamingItsKeyAndValue(string variable, string value, string message)
    {
        // Seen: a crontab-style schedule made `serve` log a 60-line stack trace and end with «error:
        // FormatException: Illegal characters for this position: 'EVE'», naming no setting; a threshold of
        // 600 (for 60,0) was taken, making every diagnosed teacher deficient.
        using var folder = new ServiceFolder();
        var run = CliProcess.Run(folder.Root, new Dictionary<string, string> { [variable] = value }, "serve", "--config", folder.Config);

        run.Code.Should().Be(2, run.Error);
        run.Error.Should().StartWith(message);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle("one line, no stack trace");
        run.Output.Should().BeEmpty();
        File.Exists(folder.WarehousePath).Should().BeFalse("nothing ran");
    }

    [Fact]
    public void AConfigurationFileThatIsNotJsonIsRefusedNamingItsLineAndColumn()
    {
        // Seen: «error: InvalidDataException: Failed to load configuration from file '…/service.json'.», no word of where.
        using var folder = new ServiceFolder();
        File.WriteAllText(folder.Config, "{\n  \"Schedule\": {\n    \"Ingest\": \"0 0/5 * * * ?\",\n  }\n  \"Privacy\": {}\n}\n");

        var run = CliProcess.Run(folder.Root, null, "serve", "--config", folder.Config);

        run.Code.Should().Be(2, run.Error);
        run.Error.Should().Be($"error: the configuration file '{folder.Config}' is not valid JSON: line 5, column 3: '\"' is invalid after a value. Expected either ',', '}}', or ']'.{Environment.NewLine}");
        File.Exists(folder.WarehousePath).Should().BeFalse("nothing ran");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TheEntryScriptRebuildsWhenATemplateOrAnyOtherSourceFileChanges()
    {
        using var folder = new ServiceFolder();
        var calls = Path.Combine(folder.Root, "calls.txt");
        // A stand-in for dotnet that records how it was called.
        var script = new EntryScript(folder.Root, $"echo \"$@\" >> '{calls}'");
        File.WriteAllText(script.Program, "");
        File.SetLastWriteTimeUtc(script.Program, DateTime.UtcNow.AddHours(-1));
        var template = Path.Combine(script.Root, "dashboards", "Analytics.Dashboards", "Templates", "index.hbs");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        File.WriteAllText(template, "{{x}}");
        string Run()
        {
            File.Delete(calls);
            script.Run("--version");
            return File.Exists(calls) ? File.ReadAllText(calls) : "";
        }

        Run().Should().Contain("build", "index.hbs is newer than the program");
        File.SetLastWriteTimeUtc(script.Program, DateTime.UtcNow.AddHours(1));
        Run().Should().NotContain("build", "nothing is newer than the program");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TheEntryScriptShowsTheBuildsOutputOnlyWhenTheBuildFails()
    {
        // Seen: every rebuild printed MSBuild's «Build succeeded. 0 Warning(s) 0 Error(s)» before the
        // command's own output, whatever the verbosity.
        using var folder = new ServiceFolder();
        var fail = Path.Combine(folder.Root, "fail");
        // A stand-in for dotnet: «build» prints what MSBuild prints and fails when asked to; running the program prints «ran».
        var script = new EntryScript(folder.Root, $$"""
            if [ "$1" = build ]; then
              if [ -f '{{fail}}' ]; then echo 'Program.cs(3,1): error CS0116: A namespace cannot directly contain members'; echo 'Build FAILED.'; exit 1; fi
              echo 'Build succeeded.'; echo '    0 Warning(s)'; echo '    0 Error(s)'; exit 0
            fi
            echo ran
            """);

        var built = script.Run("--version");
        built.Code.Should().Be(0);
        built.Output.Should().Be("ran\n");
        built.Error.Should().Be("Building the command-line program…\n");

        File.WriteAllText(fail, "");
        Directory.CreateDirectory(Path.Combine(script.Root, "app"));
        File.WriteAllText(Path.Combine(script.Root, "app", "Program.cs"), "x");
        File.SetLastWriteTimeUtc(script.Program, DateTime.UtcNow.AddHours(-1));
        var failed = script.Run("--version");
        failed.Code.Should().Be(1);
        failed.Output.Should().BeEmpty();
        failed.Error.Should().Contain("error CS0116: A namespace cannot directly contain members").And.EndWith("Build failed.\n");
    }

    /// <summary>A copy of the entry script in a folder of its own, run with a stand-in for dotnet (a shell script's body).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private sealed class EntryScript
    {
        private readonly string _bin;

        public EntryScript(string folder, string dotnet)
        {
            Root = Path.Combine(folder, "repo");
            Directory.CreateDirectory(Path.Combine(Root, "artifacts", "cli"));
            File.Copy(Path.Combine(RepositoryFiles.Root, "analytics"), Path.Combine(Root, "analytics"));
            _bin = Path.Combine(folder, "bin");
            Directory.CreateDirectory(_bin);
            var standIn = Path.Combine(_bin, "dotnet");
            File.WriteAllText(standIn, "#!/bin/sh\n" + dotnet.Replace("\r", "", StringComparison.Ordinal) + "\n");
            File.SetUnixFileMode(standIn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        /// <summary>The copy's root folder.</summary>
        public string Root { get; }

        /// <summary>The program the script builds and runs.</summary>
        public string Program => Path.Combine(Root, "artifacts", "cli", "analytics.dll");

        public (int Code, string Output, string Error) Run(params string[] arguments)
        {
            var info = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
            info.ArgumentList.Add(Path.Combine(Root, "analytics"));
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }
            info.Environment["PATH"] = _bin + ":" + Environment.GetEnvironmentVariable("PATH");
            using var p = Process.Start(info)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var error = p.StandardError.ReadToEnd();
            p.WaitForExit(30_000).Should().BeTrue();
            return (p.ExitCode, output.Result, error);
        }
    }
}
