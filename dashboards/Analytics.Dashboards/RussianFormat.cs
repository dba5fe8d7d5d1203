using System.Globalization;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards;

/// <summary>Numbers and dates as the site shows them: decimal comma, narrow no-break space for thousands, dd.MM.yyyy.</summary>
public static class RussianFormat
{
    /// <summary>The Russian culture with a narrow no-break space as the group separator.</summary>
    public static readonly CultureInfo Culture = Create();

    /// <summary>The plotly <c>separators</c> layout value: decimal comma, the same thin space for thousands.</summary>
    public const string PlotlySeparators = ",\u202F";

    /// <summary>A number with the given decimals, e.g. 12 345,6.</summary>
    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals, Culture);

    /// <summary>A standing's value, or what a municipality without one is shown as (e.g. «нет методистов»).</summary>
    public static string Standing(IndicatorDefinition indicator, double? value) =>
        value is { } v ? Value(indicator, v) : indicator.ZeroDenominator ?? "—";

    /// <summary>An indicator value with its unit: 45,3 % or 257,0 чел.</summary>
    public static string Value(IndicatorDefinition indicator, double? value) => value is { } v
        ? indicator.Unit == "%" ? Number(v) + "\u00A0%" : Number(v, indicator.Measure == Measure.Ratio ? 1 : v % 1 == 0 ? 0 : 1) + "\u00A0" + indicator.Unit
        : "—";

    /// <summary>A change in points (п. п.) or units, with its sign.</summary>
    public static string Change(IndicatorDefinition indicator, double change) =>
        (change > 0 ? "+" : change < 0 ? "−" : "±") + Number(Math.Abs(change)) + (indicator.Unit == "%" ? "\u00A0п.\u00A0п." : "\u00A0" + indicator.Unit);

    /// <summary>A date as dd.MM.yyyy.</summary>
    public static string Date(DateTime date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment as dd.MM.yyyy HH:mm.</summary>
    public static string DateTime(DateTime moment) => moment.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static CultureInfo Create()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ru-RU").Clone();
        culture.NumberFormat.NumberGroupSeparator = "\u202F";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        return culture;
    }
}
