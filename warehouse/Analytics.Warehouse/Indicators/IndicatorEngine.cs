using DuckDB.NET.Data;

namespace Analytics.Warehouse.Indicators;

/// <summary>
/// Computes every indicator of the catalog for every snapshot year at the region, municipality
/// and organization levels: each indicator's SQL file builds its units (persons, schools or
/// programs with a numerator and a denominator), one shared query sums them per level, and the
/// targets and suppression are applied here. Works on a read-only connection (temp tables only).
/// </summary>
public sealed class IndicatorEngine(DuckDBConnection connection, IndicatorSettings settings)
{
    /// <summary>Told how long each step took (for the benchmark).</summary>
    public Action<string, TimeSpan>? Measured { get; init; }

    /// <summary>All values, in catalog order, then year, level and entity.</summary>
    public List<IndicatorValue> Compute()
    {
        var years = connection.Query(SqlScripts.Get("Sql/Indicators/_years.sql"), r => r.GetInt32(0));
        var targets = new TargetBook(connection.Query(SqlScripts.Get("Sql/Indicators/_targets.sql"),
            r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2))));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        connection.Execute(SqlScripts.Get("Sql/Indicators/_prepare.sql"));
        Measured?.Invoke("prepare", clock.Elapsed);

        var values = new List<IndicatorValue>();
        foreach (var indicator in IndicatorCatalog.All)
        {
            clock.Restart();
            values.AddRange(ComputeOne(indicator, years, targets));
            Measured?.Invoke(indicator.Code, clock.Elapsed);
        }
        clock.Restart();
        var result = Suppressor.Apply(values, settings.MinCell);
        Measured?.Invoke("suppression", clock.Elapsed);
        return result;
    }

    private IEnumerable<IndicatorValue> ComputeOne(IndicatorDefinition indicator, List<int> years, TargetBook targets)
    {
        var sql = SqlScripts.Get($"Sql/Indicators/{indicator.Query}.sql");
        var parameters = new List<(string, object?)>();
        if (sql.Contains("$threshold", StringComparison.Ordinal))
        {
            parameters.Add(("threshold", settings.DeficitThreshold));
        }
        if (sql.Contains("$param", StringComparison.Ordinal))
        {
            parameters.Add(("param", indicator.Parameter));
        }
        connection.Execute(sql, [.. parameters]);

        var rows = connection.Query(SqlScripts.Get("Sql/Indicators/_aggregate.sql"), r => new
        {
            Year = r.GetInt32(0),
            Level = r.GetString(1),
            Entity = r.GetString(2),
            Name = r.IsDBNull(3) ? null : r.GetString(3),
            Municipality = r.IsDBNull(4) ? null : r.GetString(4),
            Numerator = r.IsDBNull(5) ? (double?)null : r.GetDouble(5),
            Denominator = r.IsDBNull(6) ? (double?)null : r.GetDouble(6),
        });
        var byRegionYear = rows.Where(r => r.Level == IndicatorValue.Region).ToDictionary(r => r.Year);
        var result = new List<IndicatorValue>();
        foreach (var year in years)
        {
            // The region has a row for every year, empty where nothing was there to count.
            byRegionYear.TryGetValue(year, out var region);
            var numerator = region?.Numerator ?? 0;
            var denominator = indicator.Measure == Measure.Count ? null : (double?)(region?.Denominator ?? 0);
            result.Add(Finish(indicator, targets, new IndicatorValue(indicator.Code, year, IndicatorValue.Region, IndicatorValue.RegionCode, null, null,
                numerator, denominator, indicator.ValueOf(numerator, denominator))));
        }
        foreach (var r in rows.Where(r => r.Level != IndicatorValue.Region)
                     .Where(r => r.Level == IndicatorValue.Municipality ? indicator.Levels.HasFlag(Levels.Municipality) : indicator.Levels.HasFlag(Levels.Organization))
                     .Where(r => !indicator.PersonBased || r.Denominator > 0)
                     .OrderBy(r => r.Year).ThenBy(r => r.Level == IndicatorValue.Municipality ? 0 : 1).ThenBy(r => r.Entity, StringComparer.Ordinal))
        {
            result.Add(Finish(indicator, targets, new IndicatorValue(indicator.Code, r.Year, r.Level, r.Entity, r.Name, r.Municipality,
                r.Numerator, indicator.Measure == Measure.Count ? null : r.Denominator, indicator.ValueOf(r.Numerator, r.Denominator))));
        }
        return result.OrderBy(v => v.Year).ThenBy(v => LevelOrder(v.Level)).ThenBy(v => v.EntityCode, StringComparer.Ordinal);
    }

    private static IndicatorValue Finish(IndicatorDefinition indicator, TargetBook targets, IndicatorValue value)
    {
        var target = targets.For(indicator.Code, value.Year);
        return value with
        {
            Target = target,
            MeetsTarget = target is { } t && value.Value is { } v ? indicator.Meets(v, t) : null,
        };
    }

    private static int LevelOrder(string level) => level switch
    {
        IndicatorValue.Region => 0,
        IndicatorValue.Municipality => 1,
        _ => 2,
    };
}
