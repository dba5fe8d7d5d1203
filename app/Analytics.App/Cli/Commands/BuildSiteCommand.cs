using System.CommandLine;
using Analytics.App.Options;
using Analytics.App.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics build-site [--db FILE] [--out DIR]</c>.</summary>
public static class BuildSiteCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var output = new Option<string?>("--out") { Description = "The site folder (default ./out/site)" };
        var command = new Command("build-site", "(Re)build the static site from the warehouse") { db, output };
        command.SetAction(result =>
        {
            using var services = AnalyticsServices.ForCommand(("Analytics:Warehouse", result.GetValue(db)), ("Analytics:Site", result.GetValue(output)));
            Console.WriteLine($"Site: {Build(services)}");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>Builds the configured site from the configured warehouse; returns the path of index.html.</summary>
    public static string Build(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value;
        return services.GetRequiredService<ISitePublisher>().Publish(options.Warehouse, options.Site, banner: null);
    }
}
