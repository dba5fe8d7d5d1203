using Analytics.App.Options;
using Analytics.App.Service.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Analytics.App.Service;

/// <summary>The host of <c>analytics serve</c>: the composition root plus the scheduled jobs.</summary>
public static class ServiceHost
{
    /// <summary>Registers the analytics services and the scheduled ingest and site jobs.</summary>
    public static IHostApplicationBuilder AddAnalyticsService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAnalytics(builder.Configuration);
        builder.Services.AddSingleton<WarehouseGate>();
        builder.Services.AddSingleton<UnrecordedRuns>();
        builder.Services.AddSingleton<SiteRefresher>();

        var schedule = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var ingestCron = SettingsCheck.Cron("Schedule:Ingest", schedule.Ingest);
        var siteCron = SettingsCheck.Cron("Schedule:Site", schedule.Site);
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<IngestJob>(j => j.WithIdentity(JobKeys.Ingest).StoreDurably());
            q.AddJob<SiteJob>(j => j.WithIdentity(JobKeys.Site).StoreDurably());
            q.AddTrigger(t => t.ForJob(JobKeys.Ingest).WithIdentity("ingest-schedule", "analytics")
                .WithCronSchedule(ingestCron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddTrigger(t => t.ForJob(JobKeys.Site).WithIdentity("site-nightly", "analytics")
                .WithCronSchedule(siteCron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            // Catch-up: whatever was missed while the service was down (the in-memory store forgets
            // missed fire times across a restart) runs once at start: an ingest, which then asks
            // for the site build, so the two run in that order whatever their timing.
            q.AddTrigger(t => t.ForJob(JobKeys.Ingest).WithIdentity(IngestJob.CatchUp).StartNow());
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>The host of <c>serve</c>: appsettings.json (or <paramref name="configFile"/>), then ANALYTICS_ variables, then <paramref name="overrides"/>.</summary>
    public static IHost Build(string? configFile = null, IEnumerable<KeyValuePair<string, string?>>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddAnalyticsSources(configFile, overrides);
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.AddAnalyticsService();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        // Settings are checked before the scheduler starts, not at the first job: a wrong one stops `serve` at once.
        _ = host.Services.GetRequiredService<Analytics.Warehouse.Indicators.IndicatorSettings>();
        return host;
    }
}
