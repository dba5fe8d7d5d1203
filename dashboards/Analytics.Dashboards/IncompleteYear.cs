namespace Analytics.Dashboards;

/// <summary>
/// What the site and the pack say of a year whose yearly files have not all arrived
/// (<see cref="SiteData.Shortfalls"/>): which kinds, how many rows against the year before.
/// </summary>
public static class IncompleteYear
{
    /// <summary>
    /// «Данные за 2026 год неполные: «диагностика дефицитов» — строк нет (в 2025 г. — 27 150); …»,
    /// or null for a year with every kind of yearly data loaded.
    /// </summary>
    public static string? Text(SiteData data, int year)
    {
        var shortfalls = data.Shortfalls(year);
        if (shortfalls.Count == 0)
        {
            return null;
        }
        return $"Данные за {year} год неполные: "
            + string.Join("; ", shortfalls.Select(s => "«" + SiteData.KindTitle(s.Kind) + "» — "
                + (s.Rows == 0 ? "строк нет" : "строк " + RussianFormat.Number(s.Rows, 0)) + $" (в {s.PreviousYear} г. — {RussianFormat.Number(s.PreviousRows, 0)})"))
            + ". Показатели, которые их считают, за этот год говорят о не поступивших файлах, а не о работе системы"
            + (data.DefaultYear != year && data.Shortfalls(data.DefaultYear).Count == 0 ? $"; по умолчанию показан {data.DefaultYear} год — последний с полными данными." : ".");
    }
}
