using System.CommandLine;
using Analytics.App.Service;
using Microsoft.Extensions.Hosting;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics serve [--config FILE]</c>: the scheduled service until Ctrl+C or SIGTERM.</summary>
public static class ServeCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "A JSON configuration file (besides appsettings.json and ANALYTICS_ variables)" };
        var command = new Command("serve", "Run the ingest and site jobs on their schedules until stopped") { config };
        command.SetAction(async (result, cancellation) =>
        {
            using var host = ServiceHost.Build(result.GetValue(config));
            await host.RunAsync(cancellation);
            return ExitCodes.Done;
        });
        return command;
    }
}
