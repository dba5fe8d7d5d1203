using System.Diagnostics;

namespace Analytics.Etl.Tests.Support;

/// <summary>Runs the command-line program (analytics.dll beside the tests) as a separate process.</summary>
public static class CliRunner
{
    /// <summary>The repository root (the folder holding data-samples/).</summary>
    public static string RepositoryRoot => Analytics.Tests.Support.RepositoryFiles.Root;

    /// <summary>The result of a run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Starts the program; the caller reads and waits.</summary>
    public static Process Start(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "analytics.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["ANALYTICS_Privacy__PseudonymKey"] = TestWarehouse.Key;
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end (at most two minutes).</summary>
    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <summary>Runs to the end with extra environment variables.</summary>
    public static Result Run(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("analytics " + string.Join(' ', args));
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
