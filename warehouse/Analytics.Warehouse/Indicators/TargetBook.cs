namespace Analytics.Warehouse.Indicators;

/// <summary>
/// The targets: the built-in ones of the catalog merged with the targets files (a file's row wins
/// over a built-in target of the same first year). The target of year Y is the one with the
/// largest first year ≤ Y.
/// </summary>
public sealed class TargetBook
{
    private readonly Dictionary<string, SortedList<int, double>> _targets = [];

    /// <summary>Builds the book from the catalog and the overrides (indicator, from_year, target).</summary>
    public TargetBook(IEnumerable<(string Indicator, int FromYear, double Target)> overrides)
    {
        foreach (var i in IndicatorCatalog.All.Where(i => i.Target is not null))
        {
            Series(i.Code)[i.Target!.FromYear] = i.Target.Value;
        }
        foreach (var (indicator, fromYear, target) in overrides)
        {
            Series(indicator)[fromYear] = target;
        }
    }

    /// <summary>The target of an indicator for a year, or null.</summary>
    public double? For(string indicator, int year)
    {
        if (!_targets.TryGetValue(indicator, out var series))
        {
            return null;
        }
        double? found = null;
        foreach (var (from, target) in series)
        {
            if (from > year)
            {
                break;
            }
            found = target;
        }
        return found;
    }

    private SortedList<int, double> Series(string indicator) =>
        _targets.TryGetValue(indicator, out var s) ? s : _targets[indicator] = [];
}
