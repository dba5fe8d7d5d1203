using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards;

/// <summary>
/// Russian text generated from the gap metrics by plain, deterministic rules: the findings of
/// the collegium pack (the recommendations are Cycle/RecommendationRules).
/// </summary>
public static class Findings
{
    /// <summary>The five largest gaps of a year by coefficient of variation, with whether they closed.</summary>
    public static List<(IndicatorDefinition Indicator, GapRow Gap, GapRow? Previous)> LargestGaps(SiteData data, int year) =>
        data.Gaps.Where(g => g.Year == year && g.N >= 2 && g.Cv is not null)
            .OrderByDescending(g => g.Cv)
            .Take(5)
            .Select(g => (IndicatorCatalog.Find(g.Indicator)!, g, data.Gap(g.Indicator, year - 1) is { Cv: not null } previous ? previous : null))
            .ToList();

    /// <summary>The decimals a coefficient of variation is printed with.</summary>
    public const int CvDecimals = 3;

    /// <summary>
    /// How a gap moved from the previous year, as printed: −1 closing, +1 widening, 0 unchanged (the coefficients of
    /// variation equal to the printed <see cref="CvDecimals"/>), null without both coefficients.
    /// </summary>
    public static int? Direction(GapRow gap, GapRow? previous) =>
        gap.Cv is { } now && previous?.Cv is { } before ? Math.Sign(RussianFormat.Shown(now, CvDecimals) - RussianFormat.Shown(before, CvDecimals)) : null;

    /// <summary>The word for a <see cref="Direction"/>.</summary>
    public static string Word(int direction) => direction < 0 ? "сокращается" : direction > 0 ? "растёт" : "не изменился";

    /// <summary>
    /// What the comparison with the previous year rests on when the municipalities compared differ in number (some
    /// values hidden or not calculated in one year): empty when they are as many.
    /// </summary>
    public static string Composition(GapRow gap, GapRow previous) => gap.N == previous.N
        ? ""
        : $"; сравниваются разные наборы муниципалитетов ({RussianFormat.Number(previous.N, 0)} и {RussianFormat.Number(gap.N, 0)}): изменение отчасти вызвано составом";

    /// <summary>Whether a gap closed, in words.</summary>
    public static string GapTrend(GapRow gap, GapRow? previous) => Direction(gap, previous) switch
    {
        null => "нет данных за прошлый год",
        0 => $"не изменился (КВ {RussianFormat.Number(gap.Cv!.Value, CvDecimals)})" + Composition(gap, previous!),
        var d => $"{Word(d.Value)} (КВ {RussianFormat.Number(previous!.Cv!.Value, CvDecimals)} → {RussianFormat.Number(gap.Cv!.Value, CvDecimals)})" + Composition(gap, previous),
    };

    /// <summary>Of the indicators with a gap measured in both years, how many closed against the previous year (as printed).</summary>
    public static (int Closing, int Measured) GapsClosing(SiteData data, int year)
    {
        var both = data.Gaps.Select(g => (Gap: g, Previous: data.Gap(g.Indicator, year - 1))).Where(p => p.Gap.Year == year && Direction(p.Gap, p.Previous) is not null).ToList();
        return (both.Count(p => Direction(p.Gap, p.Previous) < 0), both.Count);
    }

    /// <summary>What stands where an indicator has no laggard.</summary>
    public const string NoLaggards = "значимо отстающих нет";

    /// <summary>
    /// The three leaders of a compared indicator in a year and the three laggards — a laggard only on the worse side of the
    /// median (or without a value: «нет методистов») and only where its difference from the median is significant (or
    /// cannot be assessed); worst first. Never a leader: searched from the bottom up, the laggards without the first test
    /// reached municipalities significantly better than the median wherever the bottom ones were within their intervals.
    /// </summary>
    public static (List<MunicipalityStanding> Leaders, List<MunicipalityStanding> Laggards) LeadersAndLaggards(SiteData data, IndicatorDefinition indicator, int year)
    {
        // Municipalities that share a place are named in Russian alphabetical order, at either end.
        var ranked = data.StandingsOf(indicator.Code, year).OrderBy(s => s.Rank).ThenBy(s => data.NameOf(s.Municipality), RussianOrder.Names).ToList();
        var leaders = ranked.Take(3).ToList();
        var laggards = ranked.OrderByDescending(s => s.Rank).ThenBy(s => data.NameOf(s.Municipality), RussianOrder.Names)
            .Where(x => x.DiffersFromMedian != false && !leaders.Contains(x))
            .Where(x => x.Value is not { } v || x.Median is { } median && !indicator.Meets(v, median))
            .Take(3).ToList();
        return (leaders, laggards);
    }

    /// <summary>The findings of the collegium pack.</summary>
    public static List<string> Collegium(SiteData data, int year)
    {
        var list = new List<string>();
        var withTarget = IndicatorCatalog.All.Select(i => data.Region(i.Code, year)).Where(v => v?.MeetsTarget is not null).ToList();
        var met = withTarget.Where(v => v!.MeetsTarget == true).Select(v => IndicatorCatalog.Find(v!.Indicator)!.ShortName).ToList();
        var missed = withTarget.Where(v => v!.MeetsTarget == false).Select(v => IndicatorCatalog.Find(v!.Indicator)!.ShortName).ToList();
        list.Add($"В {year} году по региону достигнуты целевые значения {met.Count} {RussianFormat.OutOf(withTarget.Count, "показателя", "показателей")} с установленной целью" + (met.Count > 0 ? $": {string.Join(", ", met)}." : "."));
        if (missed.Count > 0)
        {
            list.Add($"Не достигнуты целевые значения: {string.Join(", ", missed)}.");
        }
        foreach (var (indicator, gap, previous) in LargestGaps(data, year).Take(3))
        {
            list.Add($"Разрыв между муниципалитетами по показателю «{indicator.ShortName}»: от {RussianFormat.Value(indicator, gap.Min)} до {RussianFormat.Value(indicator, gap.Max)}; {GapTrend(gap, previous)}.");
        }
        var (closing, measured) = GapsClosing(data, year);
        if (measured > 0)
        {
            list.Add($"Разрыв между муниципалитетами сократился по {closing} {RussianFormat.OutOf(measured, "показателя", "показателей")} по сравнению с {year - 1} годом.");
        }
        return list;
    }
}
