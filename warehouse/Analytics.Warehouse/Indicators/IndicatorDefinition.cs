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
    /// <summary>1000 · numerator / denominator.</summary>
    PerThousand,
}

/// <summary>
/// Which persons of the person-year table (Sql/Indicators/_person_year.sql) a person-based
/// indicator counts: <paramref name="Counted"/> among <paramref name="Among"/>, both SQL conditions
/// over its columns (<c>$threshold</c> is the deficit threshold).
/// </summary>
public sealed record PersonCount(string Counted, string Among);

/// <summary>A built-in target: <paramref name="Value"/> from <paramref name="FromYear"/> on.</summary>
public sealed record BuiltInTarget(double Value, int FromYear);

/// <summary>A group of indicators on the summary page (the composite index averages within groups first).</summary>
/// <param name="Name">The Russian name of the group.</param>
public sealed record IndicatorGroup(string Name);

/// <summary>
/// One indicator of the methodology, declared once with every attribute the commands, the
/// exports, the pages and the methodology page read (docs/methodology.md is generated from these).
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>The code used in exports and targets files, e.g. <c>deficit_rate.digital</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The Russian name as shown.</summary>
    public required string Name { get; init; }

    /// <summary>A short Russian label for axes and map columns.</summary>
    public required string ShortName { get; init; }

    /// <summary>The group on the summary page.</summary>
    public required IndicatorGroup Group { get; init; }

    /// <summary>%, чел. or ед.</summary>
    public required string Unit { get; init; }

    /// <summary>Which way is better.</summary>
    public required Direction Direction { get; init; }

    /// <summary>The levels it is computed at.</summary>
    public required Levels Levels { get; init; }

    /// <summary>For a person-based indicator: the persons it counts, among whom (all summed in one pass).</summary>
    public PersonCount? Persons { get; init; }

    /// <summary>Whether its denominator counts persons (and so it is suppressed for small cells).</summary>
    public bool PersonBased => Persons is not null;

    /// <summary>The numerator in Russian words.</summary>
    public required string Numerator { get; init; }

    /// <summary>The denominator in Russian words (empty for counts).</summary>
    public string Denominator { get; init; } = "";

    /// <summary>The source document.</summary>
    public required string Source { get; init; }

    /// <summary>For the other indicators: the SQL file (Sql/Indicators/&lt;Query&gt;.sql) building its units.</summary>
    public string? Query { get; init; }

    /// <summary>The area or topic code the query is parameterized with, if any.</summary>
    public string? Parameter { get; init; }

    /// <summary>The built-in target, if any.</summary>
    public BuiltInTarget? Target { get; init; }

    /// <summary>How the value is computed.</summary>
    public Measure Measure { get; init; } = Measure.Share;

    /// <summary>A key indicator: shown in the collegium pack's leaders and on the municipality pages.</summary>
    public bool Featured { get; init; }

    /// <summary>Whether the indicator has a municipality level.</summary>
    public bool HasMunicipalities => Levels.HasFlag(Levels.Municipality);

    /// <summary>
    /// Whether municipalities may be compared on it: ranked, mapped, gap-measured, called leaders or
    /// laggards. A count measures size, not performance, so counts never are: they stay as the
    /// region's context and on a municipality's own page, and the rate each stands for is compared.
    /// </summary>
    public bool Comparable => Measure != Measure.Count;

    /// <summary>Compared between municipalities: has a municipality level and is comparable (and so gap metrics and standings).</summary>
    public bool Compared => HasMunicipalities && Comparable;

    /// <summary>
    /// For a ratio whose denominator can be zero where the numerator is not (staff and no
    /// methodist): what such a municipality is shown as; it ranks last.
    /// </summary>
    public string? ZeroDenominator { get; init; }

    /// <summary>The value from numerator and denominator; null when undefined.</summary>
    public double? ValueOf(double? numerator, double? denominator) => Measure switch
    {
        Measure.Count => numerator ?? 0,
        _ when denominator is not > 0 => null,
        Measure.Share => 100 * numerator!.Value / denominator.Value,
        Measure.PerThousand => 1000 * numerator!.Value / denominator.Value,
        _ => numerator!.Value / denominator.Value,
    };

    /// <summary>Whether a value meets a target in this indicator's direction.</summary>
    public bool Meets(double value, double target) => Direction == Direction.Higher ? value >= target : value <= target;
}
