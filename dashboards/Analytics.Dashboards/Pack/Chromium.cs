using System.Diagnostics;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// Headless Chromium (Debian's package) as the pack's renderer: the chart pictures and the PDF.
/// Each call is a fresh browser with its own profile folder, killed whole when it overruns.
/// </summary>
public sealed class Chromium(string? executable = null, TimeSpan? timeout = null)
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromMinutes(3);

    /// <summary>The browser executable: the configured one, else the first of the usual names on PATH.</summary>
    public string Executable { get; } = executable ?? Find() ?? throw new InvalidOperationException(
        "the pack is rendered by headless Chromium and none was found: install Debian's package (sudo apt-get install chromium) or set Pack:Chromium to the browser's path");

    /// <summary>Whether a browser can be found (without a configured path).</summary>
    public static bool Available(string? executable = null) => executable is not null ? File.Exists(executable) : Find() is not null;

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Candidates.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Prints a local HTML file to PDF (the page's own @page rules: size, margins, running header and footer).</summary>
    public void PrintToPdf(string html, string pdf)
    {
        Run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri]);
        if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
        {
            throw new InvalidOperationException("Chromium did not write the PDF " + pdf);
        }
    }

    /// <summary>The DOM of a local HTML page after its scripts have run (virtual time lets promises settle).</summary>
    public string DumpDom(string html) => Run(["--dump-dom", "--virtual-time-budget=120000", new Uri(html).AbsoluteUri]);

    private string Run(IEnumerable<string> arguments)
    {
        var profile = Directory.CreateTempSubdirectory("analytics-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-dev-shm-usage", "--allow-file-access-from-files", "--user-data-dir=" + profile.FullName, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Executable);
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"Chromium did not finish within {_timeout.TotalSeconds:0} s");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium failed (exit {process.ExitCode}): {errors.Result.Split('\n').LastOrDefault(l => l.Length > 0)}");
            }
            return output.Result;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A browser helper may still hold a file for a moment; the temp folder is cleaned by the system.
            }
        }
    }
}
