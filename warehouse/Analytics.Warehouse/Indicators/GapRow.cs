namespace Analytics.Warehouse.Indicators;

/// <summary>The gap between municipalities for an indicator and a year (one row of <c>gaps</c>).</summary>
public sealed record GapRow(
    string Indicator, int Year, int N, double? Min, double? Max, double? Range, double? Ratio,
    double? Mean, double? Sd, double? Cv, double? RegionValue, int? MeetingTarget);

/// <summary>A municipality's standing for an indicator and a year.</summary>
public sealed record MunicipalityStanding(
    string Indicator, int Year, string Municipality, double Value, int Rank, int Of,
    double? GapToRegion, double? GapToTarget, double? ChangeFromPreviousYear);

/// <summary>Everything the engine computes, read back (for small warehouses and tests).</summary>
public sealed record IndicatorResults(List<IndicatorValue> Values, List<GapRow> Gaps, List<MunicipalityStanding> Standings);
