using Microsoft.Extensions.Configuration;

namespace Analytics.App;

/// <summary>
/// The configuration of every command and of the service, read in one place: <c>appsettings.json</c>
/// in the working folder, then <c>--config FILE</c>, then <c>ANALYTICS_</c> environment variables,
/// then the command's own options (which win).
/// </summary>
public static class AnalyticsConfiguration
{
    /// <summary>The prefix of the environment variables read (<c>ANALYTICS_Section__Key</c>).</summary>
    public const string EnvironmentPrefix = "ANALYTICS_";

    /// <summary>Adds the sources, in the order they win, to a builder.</summary>
    public static IConfigurationBuilder AddAnalyticsSources(this IConfigurationBuilder builder, string? configFile = null,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        builder.AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true);
        if (configFile is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
        }
        return builder;
    }

    /// <summary>The configuration of a command.</summary>
    public static IConfiguration Build(string? configFile = null, IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder().AddAnalyticsSources(configFile, overrides).Build();
}
