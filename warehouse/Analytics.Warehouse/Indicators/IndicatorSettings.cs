namespace Analytics.Warehouse.Indicators;

/// <summary>The configurable parts of the methodology.</summary>
/// <param name="DeficitThreshold">A score below it is a deficit (Indicators:DeficitThreshold).</param>
/// <param name="MinCell">The smallest published denominator (Privacy:MinCell).</param>
public sealed record IndicatorSettings(double DeficitThreshold, int MinCell);
