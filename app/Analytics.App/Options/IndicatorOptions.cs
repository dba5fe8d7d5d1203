namespace Analytics.App.Options;

/// <summary>The <c>Indicators</c> section.</summary>
public sealed class IndicatorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Indicators";

    /// <summary>A score below it is a deficit.</summary>
    public double DeficitThreshold { get; set; } = 60;
}
