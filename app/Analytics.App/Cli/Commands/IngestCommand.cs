using System.CommandLine;
using Analytics.App.Options;
using Analytics.App.Running;
using Analytics.Etl.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics ingest --inbox DIR [--db FILE] [--archive DIR] [--keep] [--quiet SECONDS | --now] [--trace]</c>.</summary>
public static class IngestCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var inbox = new Option<string>("--inbox") { Description = "The folder with the input files", Required = true };
        var db = CommonOptions.Db();
        var archive = new Option<string?>("--archive") { Description = "Where processed files and rejects reports go (default: archive/ beside the warehouse)" };
        var keep = new Option<bool>("--keep") { Description = "Leave the inbox as it is (archive copies)" };
        var quiet = new Option<int>("--quiet")
        {
            Description = "Wait until no file of the inbox has changed for this many seconds (a file still being copied in is not loaded half)",
            DefaultValueFactory = _ => DefaultQuietSeconds,
        };
        quiet.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--quiet must be 0 or more seconds");
            }
        });
        var now = new Option<bool>("--now") { Description = "Take the files at once, without the quiet period (--quiet 0)" };
        var trace = new Option<bool>("--trace") { Description = "After each file's line, print how long each phase of its load took (scan, archive, stage, check, refusals, valid, keys, merge, commit)" };
        var command = new Command("ingest", "Load every file of the inbox once into the warehouse") { inbox, db, archive, keep, quiet, now, trace };
        command.SetAction((result, cancellation) =>
        {
            using var services = AnalyticsServices.ForCommand(
                ("Analytics:Inbox", result.GetValue(inbox)), ("Analytics:Warehouse", result.GetValue(db)), ("Analytics:Archive", result.GetValue(archive)));
            var period = result.GetValue(now) ? TimeSpan.Zero : TimeSpan.FromSeconds(result.GetValue(quiet));
            return Task.FromResult(Run(services, result.GetValue(keep), period, cancellation, result.GetValue(trace)));
        });
        return command;
    }

    /// <summary>The default quiet period of the command, in seconds.</summary>
    public const int DefaultQuietSeconds = 5;

    /// <summary>
    /// Waits for the quiet period, runs an ingest of the configured inbox and prints its report;
    /// returns the exit code.
    /// </summary>
    public static int Run(IServiceProvider services, bool keep, TimeSpan quiet, CancellationToken cancellation, bool trace = false)
    {
        var options = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value;
        if (InboxScanner.NotAFolder(options.Inbox) is { } why)
        {
            // Before the warehouse, its key or the audit are touched: a mistyped folder creates nothing.
            Console.Error.WriteLine($"error: {why}; nothing was loaded");
            return ExitCodes.Failure;
        }
        if (InboxScanner.ArchiveIsInbox(options.Inbox, options.ArchiveFolder) is { } same)
        {
            Console.Error.WriteLine($"error: {same}; nothing was loaded");
            return ExitCodes.Usage;
        }
        var report = new IngestReport(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, trace: trace);
        QuietWait.Until(options.Inbox, quiet, (files, wait) => Console.Error.WriteLine(
            $"Waiting {wait.TotalSeconds:0} s: {string.Join(", ", files.Take(3))}{(files.Count > 3 ? $" and {files.Count - 3} more" : "")} changed less than {quiet.TotalSeconds:0} s ago (--now takes them at once)"),
            cancellation);
        Console.WriteLine($"Ingesting {Path.GetFullPath(options.Inbox)} into {Path.GetFullPath(options.Warehouse)}");
        var summary = services.GetRequiredService<IngestRunner>().Run(new IngestRequest("ingest", keep, quiet),
            new IngestObserver(report.File, report.Progress, w => Console.Error.WriteLine("warning: " + w), Console.WriteLine), cancellation);
        report.Summary(summary);
        return summary.Error is not null ? ExitCodes.Failure : summary.HasRefusals ? ExitCodes.Refusals : ExitCodes.Done;
    }
}
