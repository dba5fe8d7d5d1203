namespace Analytics.Warehouse.Recommendations;

/// <summary>
/// A usual term: a day of a month in the year after the recommendation's year. A set drawn up in that
/// year on that day or later (the 2025 set drawn up in November 2026) gets the first such day after
/// the day it is drawn up; a set of an earlier cycle (2024's, seen in 2026) keeps its usual term as
/// the record of that cycle.
/// </summary>
public sealed record Deadline(int Month, int Day)
{
    private static readonly System.Globalization.CultureInfo Russian = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>The date due for the recommendations of <paramref name="year"/> drawn up on <paramref name="drawnUp"/>.</summary>
    public DateOnly For(int year, DateOnly? drawnUp = null)
    {
        var due = new DateOnly(year + 1, Month, Day);
        while (drawnUp is { } day && day.Year <= year + 1 && due <= day)
        {
            due = due.AddYears(1);
        }
        return due;
    }

    /// <summary>The term as a recommendation states it: «до 1 сентября 2026 года».</summary>
    public string Text(int year, DateOnly? drawnUp = null) =>
        $"до {For(year, drawnUp).ToString("d MMMM yyyy", Russian)} года"; // the culture gives the month in the genitive after a day
}
