namespace Analytics.Warehouse.Indicators;

/// <summary>Whether a larger value is better.</summary>
public enum Direction
{
    /// <summary>A larger value is better.</summary>
    Higher,
    /// <summary>A smaller value is better.</summary>
    Lower,
}

/// <summary>The levels an indicator is computed at.</summary>
[Flags]
public enum Levels
{
    /// <summary>No level.</summary>
    None = 0,
    /// <summary>The whole region.</summary>
    Region = 1,
    /// <summary>Each municipality.</summary>
    Municipality = 2,
    /// <summary>Each organization.</summary>
    Organization = 4,
    /// <summary>All three.</summary>
    All = Region | Municipality | Organization,
}

/// <summary>How the value follows from numerator and denominator.</summary>
public enum Measure
{
    /// <summary>100 · numerator / denominator.</summary>
    Share,
    /// <summary>numerator / denominator.</summary>
    Ratio,
    /// <summary>The numerator itself; no denominator.</summary>
    Count,
}

/// <summary>A built-in target: <paramref name="Value"/> from <paramref name="FromYear"/> on.</summary>
public sealed record BuiltInTarget(double Value, int FromYear);

/// <summary>
/// One indicator of the methodology (docs/methodology.md is generated from these declarations).
/// </summary>
/// <param name="Code">The code used in exports and targets files, e.g. <c>deficit_rate.digital</c>.</param>
/// <param name="Name">The Russian name as shown.</param>
/// <param name="Group">The Russian group on the summary page.</param>
/// <param name="Unit">%, чел. or ед.</param>
/// <param name="Numerator">The numerator in Russian words.</param>
/// <param name="Denominator">The denominator in Russian words (empty for counts).</param>
/// <param name="Source">The source document.</param>
/// <param name="Query">The SQL file (Sql/Indicators/&lt;Query&gt;.sql) computing it.</param>
/// <param name="Parameter">The area or topic code the query is parameterized with, if any.</param>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    string Group,
    string Unit,
    Direction Direction,
    Levels Levels,
    bool PersonBased,
    string Numerator,
    string Denominator,
    string Source,
    string Query,
    string? Parameter = null,
    BuiltInTarget? Target = null)
{
    /// <summary>A short Russian label for axes and map columns.</summary>
    public string ShortName { get; init; } = Code;

    /// <summary>How the value is computed.</summary>
    public Measure Measure { get; init; } = Measure.Share;

    /// <summary>Whether the indicator has a municipality level (and so gap metrics).</summary>
    public bool HasMunicipalities => Levels.HasFlag(Levels.Municipality);

    /// <summary>The value from numerator and denominator; null when undefined.</summary>
    public double? ValueOf(double? numerator, double? denominator) => Measure switch
    {
        Measure.Count => numerator ?? 0,
        _ when denominator is not > 0 => null,
        Measure.Share => 100 * numerator!.Value / denominator.Value,
        _ => numerator!.Value / denominator.Value,
    };

    /// <summary>Whether a value meets a target in this indicator's direction.</summary>
    public bool Meets(double value, double target) => Direction == Direction.Higher ? value >= target : value <= target;
}
