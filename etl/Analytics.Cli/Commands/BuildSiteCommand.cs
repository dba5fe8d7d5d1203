using System.CommandLine;
using Analytics.Dashboards;
using Analytics.Warehouse.Indicators;

namespace Analytics.Cli.Commands;

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
            var settings = Settings.Load();
            var index = Build(settings, result.GetValue(db) ?? settings.Warehouse, result.GetValue(output) ?? settings.Site);
            Console.WriteLine($"Site: {index}");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>Builds the site; returns the path of index.html.</summary>
    public static string Build(Settings settings, string warehouse, string site) =>
        new SiteBuilder(new IndicatorSettings(settings.DeficitThreshold, settings.MinCell)).Build(warehouse, site);
}
