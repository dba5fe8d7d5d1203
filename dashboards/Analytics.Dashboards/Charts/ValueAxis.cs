using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// The value axis of a small chart of one indicator over the years: between two round values that
/// hold the data and span at least the unit's minimum, so that a change of a point is drawn as a
/// point on every small chart of that unit (a summary card, a municipality's dynamics), not as
/// a crash filling the chart.
/// </summary>
public sealed record ValueAxis(double Bottom, double Top, double Step)
{
    /// <summary>The axis for <paramref name="values"/> (at least one) of <paramref name="indicator"/>.</summary>
    public static ValueAxis For(IndicatorDefinition indicator, IReadOnlyCollection<double> values)
    {
        var (low, high) = (values.Min(), values.Max());
        var span = Math.Max(high - low, MinimumSpan(indicator, high));
        var step = Math.Pow(10, Math.Floor(Math.Log10(span))) / 2;
        var middle = (low + high) / 2;
        var (bottom, top) = (Math.Floor((middle - span / 2) / step) * step, Math.Ceiling((middle + span / 2) / step) * step);
        return indicator.Unit == "%" ? new ValueAxis(Math.Max(bottom, 0), Math.Min(top, 100), step) : new ValueAxis(bottom, top, step);
    }

    /// <summary>
    /// The least span of the axis: 10 percentage points for a share, a fifth of the largest value
    /// for everything else (counts, rates per 100 or 1 000).
    /// </summary>
    public static double MinimumSpan(IndicatorDefinition indicator, double largest) =>
        indicator.Unit == "%" ? 10 : Math.Max(Math.Abs(largest) / 5, 1);

    /// <summary>The axis with a margin of <paramref name="share"/> of its span on either side (so that end markers are whole).</summary>
    public double[] Padded(double share) => [Bottom - (Top - Bottom) * share, Top + (Top - Bottom) * share];

    /// <summary>Decimals that tell the axis's round values apart.</summary>
    public int Decimals => Step >= 1 ? 0 : Step >= 0.1 ? 1 : 2;
}
