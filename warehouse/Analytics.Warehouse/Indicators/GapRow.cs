namespace Analytics.Warehouse.Indicators;

/// <summary>The gap between municipalities for an indicator and a year (one row of <c>gaps</c>).</summary>
public sealed record GapRow(
    string Indicator, int Year, int N, double? Min, double? Max, double? Range, double? Ratio,
    double? Mean, double? Sd, double? Cv, double? RegionValue, int? MeetingTarget)
{
    /// <summary>The median of the municipality values (the baseline a municipality is compared with).</summary>
    public double? Median { get; init; }
}

/// <summary>
/// A municipality's standing for a comparable indicator and a year. <see cref="Value"/> is null only
/// for a ratio with a zero denominator (staff and no methodist), which ranks last.
/// </summary>
public sealed record MunicipalityStanding(
    string Indicator, int Year, string Municipality, double? Value, int Rank, int Of,
    double? GapToRegion, double? GapToTarget, double? ChangeFromPreviousYear)
{
    /// <summary>The median municipality's value.</summary>
    public double? Median { get; init; }

    /// <summary>Value − median.</summary>
    public double? GapToMedian { get; init; }

    /// <summary>0–100 over the municipalities, 100 = the best (direction-aware).</summary>
    public double ScaledScore { get; init; }

    /// <summary>высокий / средний / низкий: the tercile of the scaled score.</summary>
    public string LevelGroup { get; init; } = "";

    /// <summary>Whether the 95 % interval excludes the target (null: no interval or no target).</summary>
    public bool? DiffersFromTarget { get; init; }

    /// <summary>Whether the 95 % interval excludes the median (null: no interval).</summary>
    public bool? DiffersFromMedian { get; init; }
}

/// <summary>A municipality's composite index for a year: the mean of group means of scaled scores.</summary>
public sealed record CompositeIndex(int Year, string Municipality, double Index, int Groups, int Indicators, int Rank, int Of, string LevelGroup);

/// <summary>Everything the engine computes, read back (for small warehouses and tests).</summary>
public sealed record IndicatorResults(List<IndicatorValue> Values, List<GapRow> Gaps, List<MunicipalityStanding> Standings)
{
    /// <summary>The composite index per municipality and year.</summary>
    public List<CompositeIndex> Composite { get; init; } = [];
}
