using Analytics.Warehouse.Indicators;
using Apache.Arrow.Types;

namespace Analytics.Warehouse.Exports;

/// <summary>The columns of the <c>indicators</c> and <c>gaps</c> outputs, as the methodology fixes them, with their Russian captions.</summary>
public static class IndicatorExports
{
    /// <summary><c>indicator,year,level,entity_code,entity_name,numerator,denominator,value,target,meets_target,suppressed</c>.</summary>
    public static readonly IReadOnlyList<ExportColumn<IndicatorValue>> Indicators =
    [
        new("indicator", "Показатель (код)", StringType.Default, v => v.Indicator),
        new("year", "Год", Int32Type.Default, v => v.Year),
        new("level", "Уровень", StringType.Default, v => v.Level),
        new("entity_code", "Код", StringType.Default, v => v.EntityCode),
        new("entity_name", "Наименование", StringType.Default, v => v.EntityName),
        new("numerator", "Числитель", DoubleType.Default, v => Amount(v.Numerator)),
        new("denominator", "Знаменатель", DoubleType.Default, v => Amount(v.Denominator)),
        new("value", "Значение", DoubleType.Default, v => Value(v.Value)),
        new("target", "Целевое значение", DoubleType.Default, v => Amount(v.Target)),
        new("meets_target", "Цель достигнута", BooleanType.Default, v => v.MeetsTarget),
        new("suppressed", "Скрыто (малая численность)", BooleanType.Default, v => v.Suppressed),
    ];

    /// <summary><c>indicator,year,n,min,max,range,ratio,mean,sd,cv,region_value,meeting_target</c>.</summary>
    public static readonly IReadOnlyList<ExportColumn<GapRow>> Gaps =
    [
        new("indicator", "Показатель (код)", StringType.Default, g => g.Indicator),
        new("year", "Год", Int32Type.Default, g => g.Year),
        new("n", "Муниципалитетов", Int32Type.Default, g => g.N),
        new("min", "Минимум", DoubleType.Default, g => Value(g.Min)),
        new("max", "Максимум", DoubleType.Default, g => Value(g.Max)),
        new("range", "Размах", DoubleType.Default, g => Value(g.Range)),
        new("ratio", "Максимум / минимум", DoubleType.Default, g => Value(g.Ratio)),
        new("mean", "Среднее", DoubleType.Default, g => Value(g.Mean)),
        new("sd", "Стандартное отклонение", DoubleType.Default, g => Value(g.Sd)),
        new("cv", "Коэффициент вариации", DoubleType.Default, g => Value(g.Cv)),
        new("region_value", "Значение по региону", DoubleType.Default, g => Value(g.RegionValue)),
        new("meeting_target", "Достигли цели", Int32Type.Default, g => g.MeetingTarget),
    ];

    /// <summary>The sheets of the <c>indicators</c> workbook: one per level.</summary>
    public static readonly IReadOnlyList<(string Level, string Sheet)> LevelSheets =
    [
        (IndicatorValue.Region, "Регион"),
        (IndicatorValue.Municipality, "Муниципалитеты"),
        (IndicatorValue.Organization, "Организации"),
    ];

    private static FormattedNumber? Value(double? x) => x is { } v ? new FormattedNumber(v, TableExport.Value(v), NumberStyle.Value) : null;

    private static FormattedNumber? Amount(double? x) => x is { } v ? new FormattedNumber(v, TableExport.Amount(v), NumberStyle.Amount) : null;
}
