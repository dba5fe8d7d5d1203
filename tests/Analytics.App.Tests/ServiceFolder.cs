using System.Diagnostics;
using System.Text.Json;
using Analytics.Tests.Support;
using Analytics.Warehouse;

namespace Analytics.App.Tests;

/// <summary>A temporary service installation: inbox, warehouse, site, a config file, and the program as a process.</summary>
public sealed class ServiceFolder : IDisposable
{
    public ServiceFolder(int quietSeconds = 0, string ingestCron = "0/1 * * * * ?", int busyWaitSeconds = 30)
    {
        Root = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Inbox);
        File.WriteAllText(Config, JsonSerializer.Serialize(new
        {
            Analytics = new { Warehouse = WarehousePath, Inbox, Site, BusyWaitSeconds = busyWaitSeconds },
            Schedule = new { Ingest = ingestCron, QuietSeconds = quietSeconds },
            Privacy = new { PseudonymKey = "service-tests-key-of-thirty-two-bytes-or-more" },
        }));
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string WarehousePath => Path.Combine(Root, "warehouse.duckdb");

    public string Site => Path.Combine(Root, "site");

    public string Config => Path.Combine(Root, "service.json");

    public static string Samples => Analytics.Tests.Support.RepositoryFiles.Samples;

    public Process Start()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "analytics.dll"));
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(Config);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (Log) { Log.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (Log) { Log.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public List<string> Log { get; } = [];

    /// <summary>The log so far, one string.</summary>
    public string LogText
    {
        get
        {
            lock (Log)
            {
                return string.Join('\n', Log);
            }
        }
    }

    public static void Terminate(Process process)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
        }
    }

    public void CopySample(string name, string? asName = null) =>
        File.Copy(Path.Combine(Samples, name), Path.Combine(Inbox, asName ?? name));

    public void CopyReferences()
    {
        foreach (var file in Directory.GetFiles(Samples).Where(f => Path.GetFileName(f).StartsWith("municipalities", StringComparison.Ordinal)
                     || Path.GetFileName(f).StartsWith("organizations", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("programs", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(Inbox, Path.GetFileName(file)));
        }
    }

    /// <summary>A figure from the warehouse, read between job runs (waits while a job holds it).</summary>
    public long Count(string sql)
    {
        if (!File.Exists(WarehousePath))
        {
            return -1;
        }
        using var c = TestDefaults.Opener.OpenReadOnly(WarehousePath);
        return c.Scalar<long>(sql);
    }

    public static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                if (condition())
                {
                    return true;
                }
            }
            catch (DuckDB.NET.Data.DuckDBException)
            {
                // The service holds the file at this instant: try again.
            }
            Thread.Sleep(250);
        }
        return false;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
