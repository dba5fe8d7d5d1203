using Analytics.Warehouse.Exports;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pages;

/// <summary>indicators/&lt;code&gt;.html: the ranking, the trend, the gap over years, the slope chart and the table.</summary>
public static class IndicatorPage
{
    /// <summary>A figure that is missing: «—», as in the site's other tables (a blank cell reads as one left out).</summary>
    private const string Missing = "—";

    /// <summary>Renders the page of one indicator.</summary>
    public static string Render(SiteContext site, IndicatorDefinition indicator)
    {
        var data = site.Data;
        var charts = new JsonObject { ["trend"] = SiteContext.OneFigure(TrendChart.For(data, indicator)) };
        var csv = new Dictionary<string, object>();
        if (indicator.Compared)
        {
            charts["ranking"] = site.ByYear(y => RankingChart.For(data, indicator, y));
            charts["gaps"] = SiteContext.OneFigure(GapTrendChart.For(data, indicator));
            charts["slope"] = site.ByYear(y => SlopeChart.For(data, indicator, y));
        }
        if (data.National && indicator.HasMunicipalities)
        {
            charts["distribution"] = site.ByYear(y => DistributionChart.For(data, indicator, y));
        }
        var years = data.Years.Select(y =>
        {
            var standings = data.StandingsOf(indicator.Code, y).ToDictionary(s => s.Municipality);
            var rows = data.Municipalities.Select(m =>
            {
                var v = data.Get(indicator.Code, y, m.Code);
                var s = standings.GetValueOrDefault(m.Code);
                var hidden = v is { Suppressed: true };
                return new
                {
                    m.Code,
                    m.Name,
                    Href = "../" + PagePaths.Municipality(m.Code),
                    Exists = v is not null,
                    Hidden = hidden,
                    RawValue = hidden ? "" : SiteContext.Raw(v?.Value),
                    Value = hidden ? "" : s is { Value: null } ? RussianFormat.Standing(indicator, null) : RussianFormat.Value(indicator, v?.Value, v?.Target),
                    Numerator = hidden ? "" : v?.Numerator is null ? Missing : RussianFormat.Number(v.Numerator.Value, v.Numerator.Value % 1 == 0 ? 0 : 2),
                    Denominator = hidden ? "" : v?.Denominator is null ? Missing : RussianFormat.Number(v.Denominator.Value, v.Denominator.Value % 1 == 0 ? 0 : 2),
                    Rank = s is null ? Missing : RussianFormat.Place(s.Rank, s.Of),
                    RankSort = s?.Rank,
                    Level = s is null ? indicator.Comparable ? Missing : "" : $"{s.LevelGroup} ({RussianFormat.Number(s.ScaledScore, 0)})",
                    // Sorted by the score, not by the group's word (высокий, низкий, средний alphabetically).
                    LevelSort = s?.ScaledScore.ToString("R", CultureInfo.InvariantCulture),
                    // A count is not compared: each municipality's share of the region's total instead.
                    ShareOfRegion = !indicator.Comparable && !hidden && v?.Value is { } own && data.Region(indicator.Code, y)?.Value is { } total && total > 0
                        ? RussianFormat.Number(100 * own / total) + "\u00A0%" : indicator.Comparable ? "" : Missing,
                    GapToTarget = s?.GapToTarget is { } g ? v is { Value: { } value, Target: { } target } ? RussianFormat.GapToTarget(indicator, value, target) : RussianFormat.Change(indicator, g) : Missing,
                    // A count has no standing (it is not compared), but its change is still a figure.
                    Change = (s?.ChangeFromPreviousYear ?? (indicator.Comparable ? null : data.Published(indicator.Code, y, m.Code) - data.Published(indicator.Code, y - 1, m.Code))) is { } c
                        ? RussianFormat.Change(indicator, c) : Missing,
                    Csv = hidden ? null : s,
                };
            }).Where(r => r.Exists).ToList();
            csv["table-" + y.ToString(CultureInfo.InvariantCulture)] = new
            {
                file = $"{indicator.Code}_{y}.csv",
                text = Csv(indicator, y, data.AppliedTarget(indicator, y).Value, data.Region(indicator.Code, y)?.Value,
                    rows.Select(r => (r.Code, r.Name, data.Get(indicator.Code, y, r.Code)!, r.Csv))),
            };
            var gap = data.Gap(indicator.Code, y);
            var region = data.Region(indicator.Code, y)?.Value;
            var hiddenNames = rows.Where(r => r.Hidden).Select(r => r.Name).ToList();
            var shown = rows;
            if (data.National)
            {
                // The national form: the best and the worst ends (by place, or by size for a count);
                // every row is in the CSV, any municipality one search away in the header.
                // Ties in the ranking chart's order (by name).
                var ordered = rows.Where(r => !r.Hidden && (r.Csv is not null || r.RawValue.Length > 0))
                    .OrderBy(r => r.Csv?.Rank ?? int.MaxValue)
                    .ThenByDescending(r => indicator.Comparable ? 0 : data.Published(indicator.Code, y, r.Code) ?? 0)
                    .ThenBy(r => r.Name, RussianOrder.Names).ToList();
                shown = SiteData.Ends(ordered);
            }
            return new
            {
                Year = y,
                Hidden = data.National
                    ? (hiddenNames.Count == 0 ? "" : $"{hiddenNames.Count} {RussianFormat.Plural(hiddenNames.Count, "муниципалитет", "муниципалитета", "муниципалитетов")}")
                    : string.Join(", ", hiddenNames),
                Rows = shown,
                National = data.National ? $"Показаны {SiteData.EndRows} первых и {SiteData.EndRows} последних {RussianFormat.OutOf(rows.Count, "муниципалитета", "муниципалитетов")}; все — в файле «Скачать CSV», любой муниципалитет — через поиск «Муниципалитет» вверху страницы." : null,
                // The analysis methods of the order: the region beside the mean and the median of the municipalities.
                Summary = gap is null ? null
                    : RussianFormat.Sentence($"Регион: {RussianFormat.Value(indicator, region)} · среднее по муниципалитетам: {RussianFormat.Value(indicator, gap.Mean)} · медиана: {RussianFormat.Value(indicator, gap.Median)}"),
            };
        }).ToList();
        var model = new
        {
            indicator.Code,
            indicator.Name,
            indicator.Unit,
            indicator.Numerator,
            indicator.Denominator,
            indicator.Source,
            Direction = MethodologyDocument.DirectionName(indicator.Direction),
            // The target applied in each year (shown for the selected one), and where it comes from.
            Targets = data.Years.Select(y => data.AppliedTarget(indicator, y) is { Value: { } t } applied
                ? new { Year = y, Text = $"{RussianFormat.Value(indicator, t)} на {y} г. ({applied.Source})" }
                : new { Year = y, Text = $"не установлено на {y} г." }).ToList(),
            HasYears = data.Years.Count > 0,
            TrendTitle = TrendChart.Title(data, indicator),
            indicator.HasMunicipalities,
            indicator.Comparable,
            indicator.Compared,
            data.National,
            Intervals = indicator.PersonBased && indicator.Measure == Measure.Share,
            FirstYear = data.Years.FirstOrDefault(),
            Years = years,
        };
        return site.Render($"indicators/{indicator.Code}.html", indicator.ShortName, "indicator", model, charts, csv);
    }

    /// <summary>
    /// The table of a year as CSV for a Russian-locale spreadsheet (';', decimal comma, a value with
    /// a comma quoted, CRLF): first the indicator, its unit, the year, the target and the region's
    /// value, then a blank line and the table; suppressed values left blank.
    /// </summary>
    private static string Csv(IndicatorDefinition indicator, int year, double? target, double? region,
        IEnumerable<(string Code, string Name, IndicatorValue Value, MunicipalityStanding? Standing)> rows)
    {
        // A number, never a formula: an ASCII minus, quoted when it has a decimal comma.
        static string N(double? x) => x is { } v && v.ToString("0.####", RussianFormat.Culture).Replace("\u2212", "-", StringComparison.Ordinal) is var s
            ? s.Contains(',', StringComparison.Ordinal) ? "\"" + s + "\"" : s : "";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Показатель;{CsvCell.Text(indicator.Name, ';')}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"Единица;{CsvCell.Text(indicator.Unit, ';')}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"Год;{year}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"Целевое значение;{(target is null ? "не установлено" : N(target))}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"Значение по региону;{N(region)}\r\n\r\n");
        text.Append("Код МО;Муниципалитет;Год;Значение;Числитель;Знаменатель;Место;Отклонение от цели;Изменение к прошлому году\r\n");
        foreach (var (code, name, value, standing) in rows)
        {
            var hidden = value.Suppressed;
            text.Append(CultureInfo.InvariantCulture, $"{CsvCell.Text(code, ';')};{CsvCell.Text(name, ';')};{year};");
            text.Append(hidden ? ";;;;;\r\n" : $"{N(value.Value)};{N(value.Numerator)};{N(value.Denominator)};{standing?.Rank};{N(standing?.GapToTarget)};{N(standing?.ChangeFromPreviousYear)}\r\n");
        }
        return text.ToString();
    }
}
