using System.CommandLine;
using System.Globalization;
using Analytics.App.Options;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Cli.Commands;

/// <summary>
/// <c>analytics config [--config FILE]</c>: the configuration in effect, one <c>Section:Key = value</c>
/// line per setting, read exactly as the other commands and the service read it. The pseudonym
/// secret is never printed, only whether it is set.
/// </summary>
public static class ConfigCommand
{
    private static readonly (string Section, Type Type)[] Sections =
    [
        (AnalyticsOptions.Section, typeof(AnalyticsOptions)), (ScheduleOptions.Section, typeof(ScheduleOptions)),
        (PrivacyOptions.Section, typeof(PrivacyOptions)), (IndicatorOptions.Section, typeof(IndicatorOptions)),
        (DashboardOptions.Section, typeof(DashboardOptions)), (PackOptions.Section, typeof(PackOptions)),
    ];

    /// <summary>What an optional setting left unset means (an empty «Analytics:Archive = » said nothing).</summary>
    private static readonly Dictionary<string, string> Unset = new(StringComparer.Ordinal)
    {
        [nameof(AnalyticsOptions.Archive)] = "(not set: archive/ beside the warehouse)",
        [nameof(PrivacyOptions.PseudonymKey)] = "(not set: a key file beside the warehouse)",
        [nameof(PackOptions.Chromium)] = "(not set: chromium, chromium-browser or google-chrome on PATH)",
    };

    /// <summary>The command.</summary>
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "A JSON configuration file (as for serve)" };
        var command = new Command("config", "Print the configuration in effect (the pseudonym secret only as set / not set)") { config };
        command.SetAction(result =>
        {
            var configuration = AnalyticsConfiguration.Build(result.GetValue(config));
            foreach (var line in Lines(configuration))
            {
                Console.WriteLine(line);
            }
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The lines printed for a configuration.</summary>
    public static IEnumerable<string> Lines(IConfiguration configuration)
    {
        foreach (var (section, type) in Sections)
        {
            var options = configuration.GetSection(section).Get(type) ?? Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties().Where(p => p.CanWrite))
            {
                var value = property.GetValue(options);
                var text = value switch
                {
                    null or "" => Unset.GetValueOrDefault(property.Name, "(not set)"),
                    _ when property.Name == nameof(PrivacyOptions.PseudonymKey) => "(set)",
                    bool b => b ? "true" : "false",
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                };
                yield return $"{section}:{property.Name} = {text}";
            }
        }
    }
}
