using Analytics.Warehouse.Indicators;
using Apache.Arrow.Types;

namespace Analytics.Warehouse.Exports;

/// <summary>The columns of the <c>indicators</c> and <c>gaps</c> outputs, as the methodology fixes them.</summary>
public static class IndicatorExports
{
    /// <summary><c>indicator,year,level,entity_code,entity_name,numerator,denominator,value,target,meets_target,suppressed</c>.</summary>
    public static readonly IReadOnlyList<ExportColumn<IndicatorValue>> Indicators =
    [
        new("indicator", StringType.Default, v => v.Indicator),
        new("year", Int32Type.Default, v => v.Year),
        new("level", StringType.Default, v => v.Level),
        new("entity_code", StringType.Default, v => v.EntityCode),
        new("entity_name", StringType.Default, v => v.EntityName),
        new("numerator", DoubleType.Default, v => Amount(v.Numerator)),
        new("denominator", DoubleType.Default, v => Amount(v.Denominator)),
        new("value", DoubleType.Default, v => Value(v.Value)),
        new("target", DoubleType.Default, v => Amount(v.Target)),
        new("meets_target", BooleanType.Default, v => v.MeetsTarget),
        new("suppressed", BooleanType.Default, v => v.Suppressed),
    ];

    /// <summary><c>indicator,year,n,min,max,range,ratio,mean,sd,cv,region_value,meeting_target</c>.</summary>
    public static readonly IReadOnlyList<ExportColumn<GapRow>> Gaps =
    [
        new("indicator", StringType.Default, g => g.Indicator),
        new("year", Int32Type.Default, g => g.Year),
        new("n", Int32Type.Default, g => g.N),
        new("min", DoubleType.Default, g => Value(g.Min)),
        new("max", DoubleType.Default, g => Value(g.Max)),
        new("range", DoubleType.Default, g => Value(g.Range)),
        new("ratio", DoubleType.Default, g => Value(g.Ratio)),
        new("mean", DoubleType.Default, g => Value(g.Mean)),
        new("sd", DoubleType.Default, g => Value(g.Sd)),
        new("cv", DoubleType.Default, g => Value(g.Cv)),
        new("region_value", DoubleType.Default, g => Value(g.RegionValue)),
        new("meeting_target", Int32Type.Default, g => g.MeetingTarget),
    ];

    private static FormattedNumber? Value(double? x) => x is { } v ? new FormattedNumber(v, TableExport.Value(v)) : null;

    private static FormattedNumber? Amount(double? x) => x is { } v ? new FormattedNumber(v, TableExport.Amount(v)) : null;
}
