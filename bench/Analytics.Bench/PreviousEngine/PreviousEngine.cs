using System.Reflection;
using DuckDB.NET.Data;

namespace Analytics.Bench.PreviousEngine;

/// <summary>One value of the previous engine (the indicators output's row).</summary>
public sealed record PreviousValue(string Indicator, int Year, string Level, string EntityCode, string? MunicipalityCode,
    double? Numerator, double? Denominator, double? Value, double? Target, bool? MeetsTarget, bool Suppressed);

/// <summary>One gap row of the previous engine.</summary>
public sealed record PreviousGap(string Indicator, int Year, int N, double? Min, double? Max, double? Range, double? Ratio,
    double? Mean, double? Sd, double? Cv, double? RegionValue, int? MeetingTarget);

/// <summary>
/// The indicator engine as it was before the one-pass engine (kept, self-contained, as the
/// reference the new engine is compared with: by a test on the samples and by bench/indicators.sh
/// on a national warehouse). One SQL file per indicator builds its units, one query sums them per
/// level, targets and suppression are applied in C#. Not used by the product.
/// </summary>
public static class PreviousEngine
{
    private enum Kind { Share, Ratio, Count }

    private sealed record Definition(string Code, string Query, string? Parameter, Kind Measure, bool Higher, bool Municipalities, bool Organizations, bool PersonBased, (double Value, int From)? Target = null);

    private static readonly string[] Areas = ["subject", "methodical", "psych_pedagogical", "digital", "communicative"];
    private static readonly string[] Topics = ["quality_assessment", "low_results_schools", "career_guidance", "upbringing", "gifted"];

    private static readonly List<Definition> Catalog =
    [
        new("diag_coverage", "diag_coverage", null, Kind.Share, true, true, true, true),
        new("deficit_rate", "deficit_rate", null, Kind.Share, false, true, true, true),
        .. Areas.Select(a => new Definition("deficit_rate." + a, "deficit_rate_area", a, Kind.Share, false, true, true, true)),
        new("route_share", "route_share", null, Kind.Share, true, true, true, true),
        new("route_tutor_share", "route_tutor_share", null, Kind.Share, true, true, true, true),
        new("pd_share", "pd_share", null, Kind.Share, true, true, true, true),
        new("pd_3y_share", "pd_3y_share", null, Kind.Share, true, true, true, true),
        new("frdpp_diag_share", "frdpp_diag_share", null, Kind.Share, true, true, true, true, (30, 2024)),
        .. Topics.Select(t => new Definition("topic_share." + t, "topic_share", t, Kind.Share, true, true, true, true)),
        new("preschool_pd_share", "preschool_pd_share", null, Kind.Share, true, true, true, true),
        new("young_support_share", "young_support_share", null, Kind.Share, true, true, true, true, (70, 2024)),
        new("mgmt_team_share", "mgmt_team_share", null, Kind.Share, true, true, true, false, (40, 2024)),
        new("teachers_per_methodist", "teachers_per_methodist", null, Kind.Ratio, false, true, false, false, (250, 2024)),
        new("staffing_rate", "staffing_rate", null, Kind.Share, true, true, true, false),
        new("vacancies", "vacancies", null, Kind.Count, false, true, true, false),
        new("methodical_active", "methodical_active", null, Kind.Count, true, true, false, false),
        new("program_frdpp_share", "program_share", "federal_registry", Kind.Share, true, false, false, false),
        new("program_network_share", "program_share", "network_form", Kind.Share, true, false, false, false, (20, 2021)),
        new("program_updated_share", "program_share", "updated", Kind.Share, true, false, false, false, (30, 2021)),
    ];

    /// <summary>The codes the previous engine computed.</summary>
    public static IEnumerable<string> Codes => Catalog.Select(d => d.Code);

    /// <summary>Every value, as the previous engine computed it (read-only connection: temp tables only).</summary>
    public static List<PreviousValue> Compute(DuckDBConnection connection, double threshold, int minCell)
    {
        var years = Query(connection, Sql("_years"), r => r.GetInt32(0));
        var overrides = Query(connection, Sql("_targets"), r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2)));
        Execute(connection, Sql("_prepare"));
        var values = new List<PreviousValue>();
        foreach (var d in Catalog)
        {
            var sql = Sql(d.Query);
            var parameters = new List<DuckDBParameter>();
            if (sql.Contains("$threshold", StringComparison.Ordinal))
            {
                parameters.Add(new DuckDBParameter("threshold", threshold));
            }
            if (sql.Contains("$param", StringComparison.Ordinal))
            {
                parameters.Add(new DuckDBParameter("param", d.Parameter));
            }
            Execute(connection, sql, [.. parameters]);
            var rows = Query(connection, Sql("_aggregate"), r => (Year: r.GetInt32(0), Level: r.GetString(1), Entity: r.GetString(2),
                Municipality: r.IsDBNull(4) ? null : r.GetString(4), Numerator: r.IsDBNull(5) ? (double?)null : r.GetDouble(5), Denominator: r.IsDBNull(6) ? (double?)null : r.GetDouble(6)));
            var byRegion = rows.Where(r => r.Level == "region").ToDictionary(r => r.Year);
            foreach (var year in years)
            {
                var found = byRegion.TryGetValue(year, out var region);
                var numerator = found ? region.Numerator ?? 0 : 0;
                double? denominator = d.Measure == Kind.Count ? null : found ? region.Denominator ?? 0 : 0;
                values.Add(Finish(d, overrides, new PreviousValue(d.Code, year, "region", "region", null, numerator, denominator, ValueOf(d, numerator, denominator), null, null, false)));
            }
            foreach (var r in rows.Where(r => r.Level != "region")
                         .Where(r => r.Level == "municipality" ? d.Municipalities : d.Organizations)
                         .Where(r => !d.PersonBased || r.Denominator > 0))
            {
                values.Add(Finish(d, overrides, new PreviousValue(d.Code, r.Year, r.Level, r.Entity, r.Municipality, r.Numerator,
                    d.Measure == Kind.Count ? null : r.Denominator, ValueOf(d, r.Numerator, r.Denominator), null, null, false)));
            }
        }
        return Suppress(values, minCell);
    }

    /// <summary>The gap metrics as the previous engine computed them.</summary>
    public static List<PreviousGap> Gaps(IReadOnlyList<PreviousValue> values)
    {
        var published = values.Where(v => v.Level == "municipality" && v.Value is not null && !v.Suppressed).ToLookup(v => (v.Indicator, v.Year));
        var gaps = new List<PreviousGap>();
        foreach (var d in Catalog.Where(d => d.Municipalities))
        {
            foreach (var region in values.Where(v => v.Level == "region" && v.Indicator == d.Code).OrderBy(v => v.Year))
            {
                var xs = published[(d.Code, region.Year)].Select(v => v.Value!.Value).ToList();
                if (xs.Count == 0)
                {
                    gaps.Add(new PreviousGap(d.Code, region.Year, 0, null, null, null, null, null, null, null, region.Value, region.Target is null ? null : 0));
                    continue;
                }
                var (min, max, mean) = (xs.Min(), xs.Max(), xs.Average());
                var sd = Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / xs.Count);
                gaps.Add(new PreviousGap(d.Code, region.Year, xs.Count, min, max, max - min, min == 0 ? null : max / min, mean, sd,
                    mean == 0 ? null : sd / mean, region.Value, region.Target is null ? null : published[(d.Code, region.Year)].Count(v => v.MeetsTarget == true)));
            }
        }
        return gaps;
    }

    private static double? ValueOf(Definition d, double? numerator, double? denominator) => d.Measure switch
    {
        Kind.Count => numerator ?? 0,
        _ when denominator is not > 0 => null,
        Kind.Share => 100 * numerator!.Value / denominator.Value,
        _ => numerator!.Value / denominator.Value,
    };

    private static PreviousValue Finish(Definition d, List<(string Indicator, int From, double Target)> overrides, PreviousValue v)
    {
        var series = new SortedList<int, double>();
        if (d.Target is { } t)
        {
            series[t.From] = t.Value;
        }
        foreach (var o in overrides.Where(o => o.Indicator == d.Code))
        {
            series[o.From] = o.Target;
        }
        double? target = null;
        foreach (var (from, value) in series)
        {
            if (from <= v.Year)
            {
                target = value;
            }
        }
        return v with { Target = target, MeetsTarget = target is { } tt && v.Value is { } x ? (d.Higher ? x >= tt : x <= tt) : null };
    }

    private static List<PreviousValue> Suppress(List<PreviousValue> rows, int minCell)
    {
        var personBased = Catalog.Where(d => d.PersonBased).Select(d => d.Code).ToHashSet();
        var suppressed = new HashSet<PreviousValue>(ReferenceEqualityComparer.Instance);
        bool Primary(PreviousValue v) => v.Denominator is > 0 && v.Denominator < minCell;
        foreach (var group in rows.Where(r => personBased.Contains(r.Indicator) && r.Level != "region")
                     .GroupBy(r => (r.Indicator, r.Year, r.Level, Parent: r.Level == "organization" ? r.MunicipalityCode : null)))
        {
            var primary = group.Where(Primary).ToList();
            suppressed.UnionWith(primary);
            if (primary.Count == 1 && group.Where(r => !Primary(r) && r.Denominator is > 0)
                    .OrderBy(r => r.Denominator).ThenBy(r => r.EntityCode, StringComparer.Ordinal).FirstOrDefault() is { } next)
            {
                suppressed.Add(next);
            }
        }
        return rows.Select(r => suppressed.Contains(r) ? r with { Suppressed = true } : r).ToList();
    }

    private static string Sql(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Analytics.Bench.PreviousEngine.Sql.{name}.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(DuckDBConnection connection, string sql, params DuckDBParameter[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters);
        command.ExecuteNonQuery();
    }

    private static List<T> Query<T>(DuckDBConnection connection, string sql, Func<System.Data.IDataRecord, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }
}
