using Analytics.Service.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Analytics.Service;

/// <summary>The composition root of <c>analytics serve</c>.</summary>
public static class ServiceRegistration
{
    /// <summary>Binds the options and schedules the ingest and site jobs.</summary>
    public static IHostApplicationBuilder AddAnalyticsService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnalyticsOptions>().BindConfiguration("Analytics");
        builder.Services.AddOptions<ScheduleOptions>().BindConfiguration("Schedule");
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration("Privacy");
        builder.Services.AddOptions<IndicatorOptions>().BindConfiguration("Indicators");
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration("Dashboards");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ISitePublisher, SitePublisher>();
        builder.Services.AddSingleton<SiteRefresher>();
        builder.Services.AddSingleton<WarehouseGate>();

        var schedule = new ScheduleOptions();
        builder.Configuration.GetSection("Schedule").Bind(schedule);
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<IngestJob>(j => j.WithIdentity(JobKeys.Ingest).StoreDurably());
            q.AddJob<SiteJob>(j => j.WithIdentity(JobKeys.Site).StoreDurably());
            q.AddTrigger(t => t.ForJob(JobKeys.Ingest).WithIdentity("ingest-schedule", "analytics")
                .WithCronSchedule(schedule.Ingest, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddTrigger(t => t.ForJob(JobKeys.Site).WithIdentity("site-nightly", "analytics")
                .WithCronSchedule(schedule.Site, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            // Catch-up: whatever was missed while the service was down (the in-memory store forgets
            // missed fire times across a restart) runs once at start: an ingest, and a site build
            // a little later so that a missed nightly rebuild is made up too.
            q.AddTrigger(t => t.ForJob(JobKeys.Ingest).WithIdentity("ingest-at-start", "analytics").StartNow());
            q.AddTrigger(t => t.ForJob(JobKeys.Site).WithIdentity("site-at-start", "analytics").StartAt(DateTimeOffset.UtcNow.AddSeconds(2)));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>The host of <c>serve</c>: appsettings.json (or <paramref name="configFile"/>), then ANALYTICS_ variables.</summary>
    public static IHost BuildHost(string? configFile = null, IEnumerable<KeyValuePair<string, string?>>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true);
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        builder.Configuration.AddEnvironmentVariables("ANALYTICS_");
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.Services.AddSingleton<IHostLifetime, Microsoft.Extensions.Hosting.Internal.ConsoleLifetime>();
        builder.AddAnalyticsService();
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
