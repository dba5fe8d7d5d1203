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

    /// <summary>
    /// A number with the given decimals, e.g. 12 345,6; a half is rounded away from zero (8,25 → 8,3) as Excel and the charts'
    /// labels do — .NET's own formatting takes an exact half to the even digit (8,2).
    /// </summary>
    public static string Number(double value, int decimals = 1) => Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Culture);

    /// <summary>A standing's value, or what a municipality without one is shown as (e.g. «нет методистов»).</summary>
    public static string Standing(IndicatorDefinition indicator, double? value) =>
        value is { } v ? Value(indicator, v) : indicator.ZeroDenominator ?? "—";

    /// <summary>An indicator value with its unit: 45,3 %, 257 чел. (persons are whole), 11,5 ед. (positions can be fractional).</summary>
    public static string Value(IndicatorDefinition indicator, double? value) => value is { } v
        ? Number(v, Decimals(indicator)) + "\u00A0" + indicator.Unit
        : "—";

    /// <summary>
    /// An indicator value beside its target, with the decimals that keep it on its side of the target: a value that
    /// misses 95 % by 0,02 is «94,98 %», never «95,0 %» under «цель не достигнута»; otherwise as <see cref="Value(IndicatorDefinition, double?)"/>.
    /// </summary>
    public static string Value(IndicatorDefinition indicator, double? value, double? target) => value is { } v
        ? Number(v, Decimals(indicator, v, target)) + "\u00A0" + indicator.Unit
        : "—";

    /// <summary>A standing's value beside its target (see <see cref="Value(IndicatorDefinition, double?, double?)"/>).</summary>
    public static string Standing(IndicatorDefinition indicator, double? value, double? target) =>
        value is not null ? Value(indicator, value, target) : indicator.ZeroDenominator ?? "—";

    /// <summary>The decimals of an indicator's values: none for persons, one otherwise.</summary>
    public static int Decimals(IndicatorDefinition indicator) => indicator.Unit == "чел." ? 0 : 1;

    /// <summary>
    /// The decimals that show <paramref name="value"/> meeting <paramref name="target"/> exactly when it does: the
    /// indicator's own when they do, else as many more as it takes (at most <see cref="MostDecimals"/>).
    /// </summary>
    public static int Decimals(IndicatorDefinition indicator, double value, double? target)
    {
        var decimals = Decimals(indicator);
        if (target is not { } t)
        {
            return decimals;
        }
        var meets = indicator.Meets(value, t);
        while (decimals < MostDecimals && indicator.Meets(Shown(value, decimals), t) != meets)
        {
            decimals++;
        }
        return decimals;
    }

    /// <summary>The most decimals a value is shown with to keep its verdict.</summary>
    public const int MostDecimals = 4;

    /// <summary>A gap to a target in points or units, with the decimals its value is shown with beside that target.</summary>
    public static string GapToTarget(IndicatorDefinition indicator, double value, double target) =>
        Change(indicator, value - target, Decimals(indicator, value, target));

    /// <summary>The number a reader sees: the value rounded as it is printed with these decimals.</summary>
    public static double Shown(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A distance between two values (a range, max − min): in points for a share, else in the unit, without a sign — «57,1 п. п.», «837 чел.».</summary>
    public static string Difference(IndicatorDefinition indicator, double amount) =>
        Number(Math.Abs(amount), Decimals(indicator)) + "\u00A0" + DifferenceUnit(indicator);

    /// <summary>The unit of a change or a distance: percentage points for a share («п. п.»), the indicator's unit otherwise.</summary>
    public static string DifferenceUnit(IndicatorDefinition indicator) => indicator.Unit == "%" ? "п.\u00A0п." : indicator.Unit;

    /// <summary>A change in points (п. п.) or units, with its sign.</summary>
    public static string Change(IndicatorDefinition indicator, double change) => Change(indicator, change, Decimals(indicator));

    /// <summary>A change with the given decimals.</summary>
    private static string Change(IndicatorDefinition indicator, double change, int decimals)
    {
        // The sign of the change as shown: a change that rounds to zero has none («0,0», never «−0,0»).
        var shown = Math.Round(change, decimals, MidpointRounding.AwayFromZero);
        return (shown > 0 ? "+" : shown < 0 ? "−" : "") + Number(Math.Abs(shown), decimals) + "\u00A0" + DifferenceUnit(indicator);
    }

    /// <summary>
    /// A clause as a sentence: its first letter capitalized, a full stop at its end — unless it ends with one already, as a
    /// clause ending with a unit abbreviated with a point does («… до 221 чел.» read «221 чел..»).
    /// </summary>
    public static string Sentence(string clause) => string.Concat(char.ToUpper(clause[0], Culture), clause[1..], clause.EndsWith('.') ? "" : ".");

    /// <summary>Some of a whole, numbers grouped as every other: «69 из 1 555»; of none, «—» (not «0 из 0»).</summary>
    public static string PartOf(int part, int whole) => whole == 0 ? "—" : $"{Number(part, 0)} из {Number(whole, 0)}";

    /// <summary>A place among others, numbers grouped as every other: «1 760 из 2 250».</summary>
    public static string Place(int rank, int of) => $"{Number(rank, 0)} из {Number(of, 0)}";

    /// <summary>The Russian plural form for <paramref name="n"/>: 1 показатель, 2 показателя, 5 показателей.</summary>
    public static string Plural(int n, string one, string few, string many) =>
        (n % 100) is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, >= 2 and <= 4 => few, _ => many };

    /// <summary>
    /// «из N» with its noun in the genitive, which agrees with the last word of the number: singular after 1, 21, 101
    /// (not 11), plural otherwise — «из 21 муниципалитета», «из 1 случая», «из 26 муниципалитетов», «из 3 показателей».
    /// </summary>
    public static string OutOf(int whole, string singular, string plural) =>
        $"из {Number(whole, 0)} {(whole % 100 != 11 && whole % 10 == 1 ? singular : plural)}";

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
