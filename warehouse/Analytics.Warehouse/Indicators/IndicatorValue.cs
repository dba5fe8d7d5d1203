namespace Analytics.Warehouse.Indicators;

/// <summary>One row of the <c>indicators</c> output: an indicator for a year at an entity.</summary>
public sealed record IndicatorValue(
    string Indicator,
    int Year,
    string Level,
    string EntityCode,
    string? EntityName,
    string? MunicipalityCode,
    double? Numerator,
    double? Denominator,
    double? Value)
{
    /// <summary>The target of the year, if any.</summary>
    public double? Target { get; init; }

    /// <summary>Whether the value meets the target (null without target or value).</summary>
    public bool? MeetsTarget { get; init; }

    /// <summary>The 95 % Wilson interval of a share of persons, in percent (null otherwise).</summary>
    public double? CiLow { get; init; }

    /// <summary>The upper end of the 95 % Wilson interval.</summary>
    public double? CiHigh { get; init; }

    /// <summary>Primary or complementary suppression: never published.</summary>
    public bool Suppressed { get; init; }

    /// <summary>The level words used in the output.</summary>
    public const string Region = "region", Municipality = "municipality", Organization = "organization";

    /// <summary>The entity code of the region's rows.</summary>
    public const string RegionCode = "region";
}
