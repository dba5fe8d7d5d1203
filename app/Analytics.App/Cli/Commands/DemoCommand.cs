using System.CommandLine;

namespace Analytics.App.Cli.Commands;

/// <summary>
/// <c>analytics demo [--out DIR]</c>: the bundled samples into <c>DIR/warehouse.duckdb</c> and the site into <c>DIR/site</c>. The
/// samples carry a few deliberately broken rows to show the rejects report, so refusals are
/// expected here and the demo still exits 0; any other failure exits 1.
/// </summary>
public static class DemoCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var output = CommonOptions.OutFolder("The output folder", "./out");
        var command = new Command("demo", "Load the bundled samples and build the site") { output };
        command.SetAction((result, cancellation) =>
        {
            var outDir = Path.GetFullPath(result.GetValue(output)!);
            var samples = FindSamples();
            if (samples is null)
            {
                Console.Error.WriteLine("data-samples/ not found: run the demo from the repository.");
                return Task.FromResult(ExitCodes.Failure);
            }
            var warehouse = Path.Combine(outDir, "warehouse.duckdb");
            using var services = AnalyticsServices.ForCommand(("Analytics:Inbox", samples), ("Analytics:Warehouse", warehouse),
                ("Analytics:Archive", Path.Combine(outDir, "archive")), ("Analytics:Site", Path.Combine(outDir, "site")));
            var code = IngestCommand.Run(services, keep: true, TimeSpan.Zero, cancellation); // the bundled samples are complete
            if (code == ExitCodes.Failure)
            {
                return Task.FromResult(code);
            }
            Console.WriteLine($"Warehouse: {warehouse}");
            Console.WriteLine($"Site: {BuildSiteCommand.Build(services)}");
            return Task.FromResult(ExitCodes.Done);
        });
        return command;
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data-samples");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
