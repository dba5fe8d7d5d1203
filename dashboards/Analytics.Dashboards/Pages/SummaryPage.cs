using System.Text.Json.Nodes;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>
/// index.html: a line of targets met, a card per indicator at the region level (value, target or
/// the previous year, the change coloured by the indicator's direction, its own sparkline), grouped,
/// then the gap map and the composite index.
/// </summary>
public static class SummaryPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(SiteContext site)
    {
        var data = site.Data;
        var charts = new JsonObject
        {
            ["gapmap"] = site.ByYear(y => GapMap.For(data, y)),
            ["composite"] = site.ByYear(y => CompositeChart.For(data, y)),
        };
        var cards = IndicatorCatalog.All.SelectMany(i => data.Years.Select(y => Card(data, i, y))).ToList();
        var groups = IndicatorCatalog.ByGroup().Select(g => new
        {
            Name = g.Key.Name,
            Cards = g.Select(i =>
            {
                charts["spark-" + i.Code] = site.ByYear(y => Sparkline.For(data, i, y));
                return new { i.Code, Years = cards.Where(c => c.Code == i.Code).ToList() };
            }).ToList(),
        }).ToList();
        var overview = data.Years.Select(y => Overview(y, cards.Where(c => c.Year == y).ToList())).ToList();
        return site.Render("index.html", "Сводка", "index", new { HasYears = data.Years.Count > 0, Overview = overview, Groups = groups, National = site.NationalNote, GapChips = data.Years.Select(y => new { Year = y, Rows = GapMap.Chips(data, y) }).ToList() }, charts);
    }

    /// <summary>A card's status: against the target where one applies, else against the previous year.</summary>
    public enum Standing
    {
        /// <summary>The target is met.</summary>
        Met,
        /// <summary>The target is not met.</summary>
        NotMet,
        /// <summary>No target; better than the previous year.</summary>
        Better,
        /// <summary>No target; worse than the previous year.</summary>
        Worse,
        /// <summary>No target and no change to speak of (or no previous year).</summary>
        Neutral,
    }

    /// <summary>One indicator in one year, as its card shows it.</summary>
    public sealed record CardModel(string Code, string Name, int Year, string RawValue, string Value, Standing Standing, string StatusText,
        string Comparison, string? Median, string Change, string ChangeClass)
    {
        /// <summary>Whether the card has the previous year's value to compare with.</summary>
        public bool HasPrevious { get; init; }

        /// <summary>The CSS class of the card's status strip.</summary>
        public string StatusClass => Standing switch
        {
            Standing.Met => "ok",
            Standing.NotMet => "bad",
            Standing.Better => "better",
            Standing.Worse => "worse",
            _ => "none",
        };
    }

    /// <summary>The card of <paramref name="indicator"/> in <paramref name="year"/>.</summary>
    public static CardModel Card(SiteData data, IndicatorDefinition indicator, int year)
    {
        var value = data.Region(indicator.Code, year);
        var previous = data.Region(indicator.Code, year - 1)?.Value;
        double? change = value?.Value is { } now && previous is { } before ? now - before : null;
        // The change as shown (rounded): a change that shows as zero is neither better nor worse.
        var shown = change is { } c ? Math.Round(c, indicator.Unit == "%" ? 1 : RussianFormat.Decimals(indicator), MidpointRounding.AwayFromZero) : 0;
        var better = indicator.Direction == Direction.Higher ? shown > 0 : shown < 0;
        var worse = shown != 0 && !better;
        var standing = value?.MeetsTarget switch
        {
            true => Standing.Met,
            false => Standing.NotMet,
            _ => better ? Standing.Better : worse ? Standing.Worse : Standing.Neutral,
        };
        var status = standing switch
        {
            Standing.Met => "✔ цель достигнута",
            Standing.NotMet => "✘ цель не достигнута",
            Standing.Better => "▲ лучше",
            Standing.Worse => "▼ хуже",
            _ => change is null ? "без цели" : "на прежнем уровне",
        };
        var median = indicator.Compared && data.Gap(indicator.Code, year)?.Median is { } m ? RussianFormat.Value(indicator, m) : null;
        return new CardModel(indicator.Code, indicator.Name, year, SiteContext.Raw(value?.Value), RussianFormat.Value(indicator, value?.Value, value?.Target), standing, status,
            value?.Target is { } t ? "Цель: " + RussianFormat.Value(indicator, t) : "Без цели",
            median,
            change is { } d ? $"к {year - 1} г.: {RussianFormat.Change(indicator, d)}" : $"за {year - 1} г. данных нет",
            better ? "chg-better" : worse ? "chg-worse" : "chg-same")
        {
            HasPrevious = change is not null,
        };
    }

    /// <summary>
    /// How the cards without a target compare with the previous year: better, worse, unchanged, and those without the
    /// previous year's figure — in the first year all of them, which is said instead of a row of zeros.
    /// </summary>
    private static string Compared(int year, List<CardModel> untargeted)
    {
        var without = untargeted.Count(c => !c.HasPrevious);
        if (without == untargeted.Count)
        {
            return $"данных за {year - 1} г. нет, сравнивать не с чем.";
        }
        return $"лучше, чем в {year - 1} г., — {untargeted.Count(c => c.Standing == Standing.Better)}, хуже — {untargeted.Count(c => c.Standing == Standing.Worse)}, "
            + $"на прежнем уровне — {untargeted.Count(c => c.Standing == Standing.Neutral && c.HasPrevious)}"
            + (without > 0 ? $", без данных за {year - 1} г. — {without}." : ".");
    }

    /// <summary>The line on top of the summary for a year: targets met of those set, and how the rest moved.</summary>
    public static object Overview(int year, IReadOnlyList<CardModel> cards)
    {
        var targeted = cards.Count(c => c.Standing is Standing.Met or Standing.NotMet);
        var met = cards.Count(c => c.Standing == Standing.Met);
        var untargeted = cards.Where(c => c.Standing is not (Standing.Met or Standing.NotMet)).ToList();
        return new
        {
            Year = year,
            Met = met,
            Targeted = targeted,
            Missed = targeted - met,
            Text = $"Целевые значения {year} года: достигнуто {met} из {targeted}",
            Rest = untargeted.Count == 0 ? "" : $"Без цели — {untargeted.Count} {RussianFormat.Plural(untargeted.Count, "показатель", "показателя", "показателей")}: " + Compared(year, untargeted),
        };
    }
}
