using System.CommandLine;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;

namespace Analytics.Cli.Commands;

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
            var settings = Settings.Load();
            var warehouse = result.GetValue(db) ?? settings.Warehouse;
            return Task.FromResult(Run(settings, result.GetValue(inbox)!, warehouse, result.GetValue(archive), result.GetValue(keep), cancellation));
        });
        return command;
    }

    /// <summary>Runs an ingest and prints its report; returns the exit code.</summary>
    public static int Run(Settings settings, string inbox, string warehousePath, string? archive, bool keep, CancellationToken cancellation)
    {
        var report = new IngestReport(Console.Out, Console.Error);
        var key = PseudonymKeyStore.Resolve(settings.PseudonymKey, warehousePath, w => Console.Error.WriteLine("warning: " + w));
        using var connection = settings.WarehouseAt(warehousePath).OpenReadWrite();
        var service = new IngestService(connection, new Pseudonymizer(key)) { FileDone = report.File, Progress = report.Progress };
        Console.WriteLine($"Ingesting {Path.GetFullPath(inbox)} into {Path.GetFullPath(warehousePath)}");
        var summary = service.Run(new IngestOptions(inbox, archive ?? settings.ArchiveFor(warehousePath)) { Keep = keep }, cancellation);
        report.Summary(summary);
        return summary.Error is not null ? ExitCodes.Failure : summary.HasRefusals ? ExitCodes.Refusals : ExitCodes.Done;
    }
}
