using System.Diagnostics;

namespace Analytics.Tests.Support;

/// <summary>Runs the command-line program (analytics.dll beside the tests) as a process and collects its output.</summary>
public static class CliProcess
{
    /// <summary>Exit code, standard output and standard error of a run.</summary>
    public sealed record Result(int Code, string Output, string Error);

    /// <summary>Runs to the end.</summary>
    public static Result Run(string? workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "analytics.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return new Result(p.ExitCode, output.Result, error.Result);
    }
}
