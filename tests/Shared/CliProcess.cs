using System.Diagnostics;

namespace Analytics.Tests.Support;

/// <summary>
/// Runs the command line (analytics.dll) or the generator (analytics-generator.dll), copied beside
/// the tests, as a process; every run has a time limit, after which the process is killed.
/// </summary>
public static class CliProcess
{
    /// <summary>Exit code, standard output and standard error of a run.</summary>
    public sealed record Result(int Code, string Output, string Error);

    /// <summary>The longest a run may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Starts the command line; the caller reads and waits.</summary>
    public static Process Start(string? workingDirectory, IDictionary<string, string>? environment, params string[] args) =>
        StartDll("analytics.dll", workingDirectory, environment, args);

    /// <summary>Runs the command line to the end.</summary>
    public static Result Run(string? workingDirectory, IDictionary<string, string>? environment, params string[] args) =>
        Wait(Start(workingDirectory, environment, args), args);

    /// <summary>Runs <c>analytics generate</c> (the generator tool) to the end; <paramref name="args"/> are those after <c>generate</c>.</summary>
    public static Result Generate(string? workingDirectory, params string[] args) =>
        Wait(StartDll("analytics-generator.dll", workingDirectory, null, args), args);

    private static Process StartDll(string dll, string? workingDirectory, IDictionary<string, string>? environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        // A site build makes the collegium pack with headless Chromium (several seconds); the tests
        // that look at the pack turn it on, the others build the site without it.
        info.Environment["ANALYTICS_Pack__WithSite"] = "false";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }
        return Process.Start(info)!;
    }

    private static Result Wait(Process process, string[] args)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"analytics {string.Join(' ', args)} did not end within {Timeout.TotalMinutes} minutes");
            }
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }
}
