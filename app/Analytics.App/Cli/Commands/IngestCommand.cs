using System.CommandLine;
using Analytics.App.Options;
using Analytics.App.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics ingest --inbox DIR [--db FILE] [--archive DIR] [--keep]</c>.</summary>
public static class IngestCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var inbox = new Option<string>("--inbox") { Description = "The folder with the input files", Required = true };
        var db = CommonOptions.Db();
        var archive = new Option<string?>("--archive") { Description = "Where processed files and rejects reports go (default: archive/ beside the warehouse)" };
        var keep = new Option<bool>("--keep") { Description = "Leave the inbox as it is (archive copies)" };
        var command = new Command("ingest", "Load every file of the inbox once into the warehouse") { inbox, db, archive, keep };
        command.SetAction((result, cancellation) =>
        {
            using var services = AnalyticsServices.ForCommand(
                ("Analytics:Inbox", result.GetValue(inbox)), ("Analytics:Warehouse", result.GetValue(db)), ("Analytics:Archive", result.GetValue(archive)));
            return Task.FromResult(Run(services, result.GetValue(keep), cancellation));
        });
        return command;
    }

    /// <summary>Runs an ingest of the configured inbox and prints its report; returns the exit code.</summary>
    public static int Run(IServiceProvider services, bool keep, CancellationToken cancellation)
    {
        var options = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value;
        var report = new IngestReport(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
        Console.WriteLine($"Ingesting {Path.GetFullPath(options.Inbox)} into {Path.GetFullPath(options.Warehouse)}");
        var summary = services.GetRequiredService<IngestRunner>().Run(new IngestRequest("ingest", keep, TimeSpan.Zero),
            new IngestObserver(report.File, report.Progress, w => Console.Error.WriteLine("warning: " + w), Console.WriteLine), cancellation);
        report.Summary(summary);
        return summary.Error is not null ? ExitCodes.Failure : summary.HasRefusals ? ExitCodes.Refusals : ExitCodes.Done;
    }
}
