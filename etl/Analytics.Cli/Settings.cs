using Microsoft.Extensions.Configuration;

namespace Analytics.Cli;

/// <summary>
/// The configuration keys of docs/cli.md, read from <c>appsettings.json</c> (current folder, or
/// <c>--config</c>), then <c>ANALYTICS_</c> environment variables; command-line options win.
/// </summary>
public sealed class Settings(IConfiguration configuration)
{
    /// <summary>The default warehouse file.</summary>
    public const string DefaultWarehouse = "./out/warehouse.duckdb";

    /// <summary>Reads the configuration sources.</summary>
    public static Settings Load(string? configFile = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true);
        if (configFile is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        return new Settings(builder.AddEnvironmentVariables("ANALYTICS_").Build());
    }

    /// <summary>The configuration itself, for the hosted service.</summary>
    public IConfiguration Configuration => configuration;

    /// <summary>Analytics:Warehouse.</summary>
    public string Warehouse => configuration["Analytics:Warehouse"] ?? DefaultWarehouse;

    /// <summary>Analytics:Inbox.</summary>
    public string Inbox => configuration["Analytics:Inbox"] ?? "./inbox";

    /// <summary>Analytics:Archive, default <c>archive/</c> beside the warehouse.</summary>
    public string ArchiveFor(string warehouse) =>
        configuration["Analytics:Archive"] ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehouse)) ?? ".", "archive");

    /// <summary>Analytics:Site.</summary>
    public string Site => configuration["Analytics:Site"] ?? "./out/site";

    /// <summary>Privacy:PseudonymKey (null: the key file beside the warehouse).</summary>
    public string? PseudonymKey => configuration["Privacy:PseudonymKey"];

    /// <summary>Privacy:MinCell.</summary>
    public int MinCell => configuration.GetValue("Privacy:MinCell", 5);

    /// <summary>Indicators:DeficitThreshold.</summary>
    public double DeficitThreshold => configuration.GetValue("Indicators:DeficitThreshold", 60.0);

    /// <summary>Analytics:BusyWaitSeconds: how long a command waits for a warehouse held by a job.</summary>
    public TimeSpan BusyWait => TimeSpan.FromSeconds(configuration.GetValue("Analytics:BusyWaitSeconds", 30));

    /// <summary>Opens the warehouse description with the configured busy wait.</summary>
    public Warehouse.Warehouse WarehouseAt(string path) => new(path) { BusyWait = BusyWait };

    /// <summary>Schedule:QuietSeconds.</summary>
    public int QuietSeconds => configuration.GetValue("Schedule:QuietSeconds", 30);
}
