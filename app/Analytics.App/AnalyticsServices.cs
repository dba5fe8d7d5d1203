using Analytics.App.Options;
using Analytics.App.Running;
using Analytics.Dashboards;
using Analytics.Dashboards.Pack;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App;

/// <summary>
/// The one composition root of the command line and the service: the options bound from the
/// configuration, the configured warehouse opener, and the services both call.
/// </summary>
public static class AnalyticsServices
{
    /// <summary>Registers the options and the services of every command.</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalyticsOptions>().Bind(configuration.GetSection(AnalyticsOptions.Section));
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection(ScheduleOptions.Section));
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section));
        services.AddOptions<IndicatorOptions>().Bind(configuration.GetSection(IndicatorOptions.Section));
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section));
        services.AddOptions<PackOptions>().Bind(configuration.GetSection(PackOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var analytics = provider.GetRequiredService<IOptions<AnalyticsOptions>>().Value;
            return new WarehouseOpener(TimeSpan.FromSeconds(analytics.BusyWaitSeconds), analytics.MemoryLimit);
        });
        services.AddSingleton(provider => new IndicatorSettings(
            SettingsCheck.DeficitThreshold(provider.GetRequiredService<IOptions<IndicatorOptions>>().Value.DeficitThreshold),
            SettingsCheck.MinCell(provider.GetRequiredService<IOptions<PrivacyOptions>>().Value.MinCell)));
        services.AddSingleton(provider => new IndicatorMarts(provider.GetRequiredService<IndicatorSettings>()));
        services.AddSingleton(provider => new MartOpener(provider.GetRequiredService<WarehouseOpener>(), provider.GetRequiredService<IndicatorMarts>())
        {
            Refreshed = message => Console.Error.WriteLine(message),
        });
        services.AddSingleton(provider =>
        {
            var pack = provider.GetRequiredService<IOptions<PackOptions>>().Value;
            return new PackSettings(pack.Organization, pack.Meeting, pack.Author, pack.Chromium, provider.GetRequiredService<IndicatorSettings>().MinCell);
        });
        services.AddSingleton(provider => new PackWriter(provider.GetRequiredService<PackSettings>(), provider.GetRequiredService<IndicatorSettings>()));
        services.AddSingleton(provider => new SiteBuilder(provider.GetRequiredService<MartOpener>(), provider.GetRequiredService<IndicatorSettings>(),
            provider.GetRequiredService<IOptions<PackOptions>>().Value.WithSite ? provider.GetRequiredService<PackWriter>() : null));
        services.AddSingleton<IngestRunner>();
        services.AddSingleton<ISitePublisher, SitePublisher>();
        return services;
    }

    /// <summary>The services of a command: its configuration with the command's own options over it.</summary>
    public static ServiceProvider ForCommand(params (string Key, string? Value)[] overrides) =>
        new ServiceCollection()
            .AddAnalytics(AnalyticsConfiguration.Build(overrides: overrides.Select(o => KeyValuePair.Create(o.Key, o.Value))))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
}
