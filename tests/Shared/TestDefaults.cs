using Analytics.App.Options;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;

namespace Analytics.Tests.Support;

/// <summary>The product's defaults, read from its options classes (never restated in the tests).</summary>
public static class TestDefaults
{
    /// <summary>The indicator settings of a default configuration.</summary>
    public static IndicatorSettings Indicators { get; } = new(new IndicatorOptions().DeficitThreshold, new PrivacyOptions().MinCell);

    /// <summary>A warehouse opener as a default configuration makes it.</summary>
    public static WarehouseOpener Opener { get; } = new(TimeSpan.FromSeconds(new AnalyticsOptions().BusyWaitSeconds), new AnalyticsOptions().MemoryLimit);
}
