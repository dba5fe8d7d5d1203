using System.Globalization;
using Analytics.Contract;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pack;

/// <summary>Cells of the pack's tables: the printed text and the number behind it.</summary>
public static class Cells
{
    /// <summary>The spreadsheet display formats (the spreadsheet shows them in its own locale: «1 234,5»).</summary>
    public const string Whole = "#,##0", OneDecimal = "#,##0.0", ThreeDecimals = "0.000";

    /// <summary>The formats of a change, with its sign («+1,7», «-4,7», «0,0»).</summary>
    public const string SignedWhole = "+#,##0;-#,##0;0", SignedOneDecimal = "+#,##0.0;-#,##0.0;0.0";

    /// <summary>What a suppressed cell is printed as.</summary>
    public const string Hidden = "мало данных";

    /// <summary>An indicator's value (suppressed: no figure, a note; missing: «—»).</summary>
    public static PackCell Value(IndicatorDefinition indicator, IndicatorValue? value, int minCell) => value switch
    {
        { Suppressed: true } => Suppressed(minCell),
        { Value: { } v } => new PackCell(RussianFormat.Value(indicator, v, value.Target), v, Format(RussianFormat.Decimals(indicator, v, value.Target))),
        _ => new PackCell(indicator.ZeroDenominator is { } zero && value is not null ? zero : "—"),
    };

    /// <summary>A suppressed figure: «мало данных» in print, an empty cell with its reason in the workbook.</summary>
    public static PackCell Suppressed(int minCell) => new(Hidden, Note: $"скрыто: рассчитано менее чем по {minCell} человек");

    /// <summary>A change of an indicator's value, in its unit («+1,7 п. п.», «−81 чел.»); the workbook keeps the signed number.</summary>
    public static PackCell Change(IndicatorDefinition indicator, double? change) =>
        change is { } v ? new PackCell(RussianFormat.Change(indicator, v), v, RussianFormat.Decimals(indicator) == 0 ? SignedWhole : SignedOneDecimal) : new PackCell("—");

    /// <summary>A distance between two of an indicator's values (a range), in points or its unit.</summary>
    public static PackCell Difference(IndicatorDefinition indicator, double? amount) =>
        amount is { } v ? new PackCell(RussianFormat.Difference(indicator, v), v, Format(RussianFormat.Decimals(indicator))) : new PackCell("—");

    /// <summary>An indicator's figure that is not a published row (a target, a median).</summary>
    public static PackCell Figure(IndicatorDefinition indicator, double? value) =>
        value is { } v ? new PackCell(RussianFormat.Value(indicator, v), v, Format(indicator)) : new PackCell("—");

    /// <summary>A plain number with the given decimals.</summary>
    public static PackCell Number(double? value, int decimals = 1) =>
        value is { } v ? new PackCell(RussianFormat.Number(v, decimals), v, decimals switch { 0 => Whole, 1 => OneDecimal, _ => ThreeDecimals }) : new PackCell("—");

    /// <summary>The display format of a value with these decimals («#,##0.00» for two).</summary>
    public static string Format(int decimals) => decimals switch { 0 => Whole, 1 => OneDecimal, 2 => TwoDecimals, 3 => GroupedThreeDecimals, _ => FourDecimals };

    /// <summary>The formats of a value shown with more decimals to keep its verdict against its target (at most <see cref="RussianFormat.MostDecimals"/>).</summary>
    public const string TwoDecimals = "#,##0.00", GroupedThreeDecimals = "#,##0.000", FourDecimals = "#,##0.0000";

    /// <summary>
    /// The unit of a row's figures in the workbook's unit column: the indicator's; for a share whose row also holds a change
    /// or a distance (<paramref name="difference"/> names it), where that one is in points: «% (размах — п. п.)».
    /// </summary>
    public static string Unit(IndicatorDefinition indicator, string? difference = null) =>
        difference is null || RussianFormat.DifferenceUnit(indicator) == indicator.Unit
            ? indicator.Unit
            : $"{indicator.Unit} ({difference} — {RussianFormat.DifferenceUnit(indicator)})";

    /// <summary>A count of some of a whole, printed «3 из 19», stored as the count (the whole is a column beside); of none, «—» and an empty cell.</summary>
    public static PackCell CountOf(int count, int of) => of == 0 ? new PackCell(RussianFormat.PartOf(count, of)) : new(RussianFormat.PartOf(count, of), count, Whole);

    /// <summary>The format of a date: the spreadsheet's short date (dd.mm.yyyy in a Russian one).</summary>
    public const string ShortDate = "dd.mm.yyyy";

    /// <summary>A day, printed «25.11.2026», stored as the date (a spreadsheet sorts and filters it as one).</summary>
    public static PackCell Date(DateTime day) => new(RussianFormat.Date(day), day.Date.ToOADate(), ShortDate);

    /// <summary>A whole count.</summary>
    public static PackCell Count(long value) => new(RussianFormat.Number(value, 0), value, Whole);

    /// <summary>
    /// An organization's type as the department writes it in a table («ДОО», «ОО», «УДО»: the vocabulary's first
    /// alias), not the contract's code («preschool»).
    /// </summary>
    public static string OrganizationType(string code) =>
        Vocabulary.OrganizationTypes.FirstOrDefault(t => t.Code == code)?.Aliases[0] ?? code;

    /// <summary>A year as a label.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Format(IndicatorDefinition indicator) => Format(RussianFormat.Decimals(indicator));
}
