using Analytics.App.Options;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;

namespace Analytics.Tests.Support;

/// <summary>The product's defaults, read from its options classes (never restated in the tests).</summary>
public static class TestDefaults
{
    /// <summary>The indicator settings of a default configuration.</summary>
    public static IndicatorSettings Indicators { get; } = new(new IndicatorOptions().DeficitThreshold, new PrivacyOptions().MinCell);

    /// <summary>A warehouse opener as a default configuration makes it.</summary>
    public static WarehouseOpener Opener { get; } = new(TimeSpan.FromSeconds(new AnalyticsOptions().BusyWaitSeconds), new AnalyticsOptions().MemoryLimit);

    /// <summary>The indicator marts with the default settings.</summary>
    public static IndicatorMarts Marts { get; } = new(Indicators);

    /// <summary>An opener of warehouses with current marts, as a default configuration makes it.</summary>
    public static MartOpener MartOpener { get; } = new(Opener, Marts);
}
