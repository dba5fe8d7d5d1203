using Analytics.Warehouse.Indicators;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Marts;

/// <summary>
/// Reads the marts as the outputs publish them: suppressed rows keep their place and flag with
/// their figures empty, unless the owner asks for <paramref name="includeSuppressed"/>.
/// </summary>
public sealed class MartReader(DuckDBConnection connection, bool includeSuppressed = false)
{
    /// <summary>The indicator values, optionally of one year and one level, in catalog order, then year, level and entity.</summary>
    public List<IndicatorValue> Values(int? year = null, string? level = null) => EachValue(year, level).ToList();

    /// <summary>The same values, read as they are enumerated (for outputs too large to hold).</summary>
    public IEnumerable<IndicatorValue> EachValue(int? year = null, string? level = null) => EachValue(year, level, null, null);

    /// <summary>
    /// The values, with the organization level of only <paramref name="organizationIndicators"/>
    /// (null: of every indicator; empty: of none).
    /// </summary>
    private IEnumerable<IndicatorValue> EachValue(int? year, string? level, IReadOnlyCollection<string>? organizationIndicators, string? organizationMunicipality) => connection.Stream(
        SqlScripts.Get("Sql/Marts/indicators.sql"), IndicatorRows.PooledValue(),
        ("include_suppressed", includeSuppressed), ("year", year), ("level", level),
        ("org_indicators", organizationIndicators is null ? null : string.Join(',', organizationIndicators)),
        ("org_municipality", organizationMunicipality));

    /// <summary>The years that have indicator values, in order.</summary>
    public List<int> Years() => connection.Query(SqlScripts.Get("Sql/Marts/years.sql"), r => r.GetInt32(0));

    /// <summary>What every command says of a year asked for that has no values, naming <paramref name="years"/> (those with data).</summary>
    public static string NoValuesFor(int year, IReadOnlyCollection<int> years) =>
        $"the warehouse has no indicator values for {year}: years with data are " + (years.Count == 0 ? "none yet" : string.Join(", ", years));

    /// <summary>The gap metrics, optionally of one year, in catalog order, then year.</summary>
    public List<GapRow> Gaps(int? year = null) => connection.Query(
        SqlScripts.Get("Sql/Marts/gaps.sql"), IndicatorRows.Gap, ("include_suppressed", includeSuppressed), ("year", year));

    /// <summary>The standings of the published values.</summary>
    public List<MunicipalityStanding> Standings() => connection.Query(SqlScripts.Get("Sql/Marts/standings.sql"), IndicatorRows.Standing);

    /// <summary>The composite index of the municipalities.</summary>
    public List<CompositeIndex> Composite() => connection.Query(SqlScripts.Get("Sql/Marts/composite.sql"), IndicatorRows.Composite);

    /// <summary>
    /// Everything, as the site reads it; the organization level of only
    /// <paramref name="organizationIndicators"/> when given (the site shows a few indicators per
    /// organization, and at the national scale the organization level is 5.6 of 5.7 M values), and
    /// of only <paramref name="organizationMunicipality"/>'s organizations when given.
    /// </summary>
    public IndicatorResults All(IReadOnlyCollection<string>? organizationIndicators = null, string? organizationMunicipality = null) =>
        new(EachValue(null, null, organizationIndicators, organizationMunicipality).ToList(), Gaps(), Standings()) { Composite = Composite() };
}
