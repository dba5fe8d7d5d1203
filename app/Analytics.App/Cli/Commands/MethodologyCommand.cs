using System.CommandLine;
using Analytics.Warehouse.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics methodology [--out FILE]</c>: the methodology page rendered from the catalog.</summary>
public static class MethodologyCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var output = CommonOptions.OutFile("Write to this file (e.g. docs/methodology.md)");
        var command = new Command("methodology", "Write the methodology (Markdown) generated from the indicator catalog") { output };
        command.SetAction(result =>
        {
            using var services = AnalyticsServices.ForCommand();
            var text = MethodologyDocument.Markdown(services.GetRequiredService<IndicatorSettings>());
            if (result.GetValue(output) is { } file)
            {
                File.WriteAllText(file, text);
            }
            else
            {
                Console.Out.Write(text);
            }
            return ExitCodes.Done;
        });
        return command;
    }
}
