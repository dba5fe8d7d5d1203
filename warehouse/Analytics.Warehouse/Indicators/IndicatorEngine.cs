using System.Diagnostics;
using System.Globalization;
using Analytics.Contract;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Indicators;

/// <summary>
/// Computes every indicator of the catalog for every snapshot year at the region, municipality
/// and organization levels, with targets, suppression, the gaps between municipalities and each
/// municipality's standing — in DuckDB, in temp tables (so it runs on a read-only connection):
/// <c>indicator_values</c>, <c>gap_values</c>, <c>standing_values</c>. The person-based indicators
/// are counted in one pass: one person-year table with every flag they need
/// (Sql/Indicators/_person_year.sql), summed with GROUPING SETS in one query generated from the
/// catalog's declarations; the others build their units one SQL file each.
/// </summary>
public sealed class IndicatorEngine(DuckDBConnection connection, IndicatorSettings settings)
{
    private static readonly string[] Levels = ["region", "municipality", "organization"];

    /// <summary>Told how long each step took (for the benchmark).</summary>
    public Action<string, TimeSpan>? Measured { get; init; }

    /// <summary>Computes everything into the temp tables.</summary>
    public void Run()
    {
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            Measured?.Invoke(name, clock.Elapsed);
            clock.Restart();
        }
        CreateCatalogTables();
        connection.Execute("CREATE OR REPLACE TEMP TABLE years AS " + SqlScripts.Get("Sql/Indicators/_years.sql"));
        connection.Execute("CREATE OR REPLACE TEMP TABLE unit_rows (indicator VARCHAR, year INTEGER, level VARCHAR, entity_code VARCHAR, municipality_code VARCHAR, numerator DOUBLE, denominator DOUBLE);");
        Step("catalog");
        connection.Execute(SqlScripts.Get("Sql/Indicators/_person_year.sql").Replace("{deficit_mask}", DeficitMask(), StringComparison.Ordinal),
            ("threshold", settings.DeficitThreshold));
        Step("person-year table");
        var persons = IndicatorCatalog.All.Where(i => i.PersonBased).ToList();
        var conditions = Conditions(persons);
        connection.Execute(PersonSums(conditions), ("threshold", settings.DeficitThreshold));
        connection.Execute(PersonRows(persons, conditions));
        // The person rows stay a view: the values step reads them once, never written to a table first.
        connection.Execute("CREATE OR REPLACE TEMP VIEW indicator_rows AS SELECT * FROM person_rows UNION ALL SELECT * FROM unit_rows;");
        Step("person-based indicators (one pass)");
        foreach (var indicator in IndicatorCatalog.All.Where(i => !i.PersonBased))
        {
            var sql = SqlScripts.Get($"Sql/Indicators/{indicator.Query}.sql");
            connection.Execute(sql, sql.Contains("$param", StringComparison.Ordinal) ? [("param", indicator.Parameter)] : []);
            connection.Execute("INSERT INTO unit_rows " + SqlScripts.Get("Sql/Indicators/_aggregate.sql"), ("code", indicator.Code));
        }
        Step("other indicators");
        connection.Execute(SqlScripts.Get("Sql/Indicators/_values.sql"), ("min_cell", settings.MinCell));
        Step("values, targets, suppression");
        connection.Execute(SqlScripts.Get("Sql/Indicators/_gaps.sql"));
        connection.Execute(SqlScripts.Get("Sql/Indicators/_standings.sql"));
        Step("gaps and standings");
    }

    /// <summary>Computes everything and returns all values, in catalog order, then year, level and entity (for small warehouses and tests).</summary>
    public List<IndicatorValue> Compute()
    {
        Run();
        return ReadValues();
    }

    /// <summary>Computes everything and reads it all back.</summary>
    public IndicatorResults ComputeAll()
    {
        Run();
        return new IndicatorResults(ReadValues(), ReadGaps(), ReadStandings()) { Composite = ReadComposite() };
    }

    /// <summary>The computed values, in catalog order, then year, level and entity.</summary>
    public List<IndicatorValue> ReadValues() => connection.Query(
        "SELECT v.indicator, v.year, v.level, v.entity_code, CASE v.level WHEN 'municipality' THEN m.name WHEN 'organization' THEN o.name END, " +
        "v.municipality_code, v.numerator, v.denominator, v.value, v.target, v.meets_target, v.suppressed, v.ci_low, v.ci_high " +
        "FROM indicator_values v LEFT JOIN dim_municipality m ON m.code = v.entity_code LEFT JOIN dim_organization o ON o.org_id = v.entity_code " +
        "ORDER BY v.sort_order, v.year, CASE v.level WHEN 'region' THEN 0 WHEN 'municipality' THEN 1 ELSE 2 END, v.entity_code",
        IndicatorRows.Value);

    /// <summary>The computed gap metrics over the published values, in catalog order, then year.</summary>
    public List<GapRow> ReadGaps() => connection.Query(
        "SELECT indicator, year, n, min, max, range, ratio, mean, sd, cv, region_value, meeting_target, median FROM gap_values WHERE NOT includes_suppressed ORDER BY sort_order, year",
        IndicatorRows.Gap);

    /// <summary>The computed standings, in catalog order, then year and rank.</summary>
    public List<MunicipalityStanding> ReadStandings() => connection.Query(
        "SELECT indicator, year, municipality_code, value, rank, of, gap_to_region, gap_to_target, change_from_previous_year, " +
        "median, gap_to_median, scaled_score, level_group, differs_from_target, differs_from_median " +
        "FROM standing_values ORDER BY sort_order, year, rank, municipality_code",
        IndicatorRows.Standing);

    /// <summary>The composite index of the municipalities, per year then rank.</summary>
    public List<CompositeIndex> ReadComposite() => connection.Query(
        "SELECT year, municipality_code, composite_index, groups, indicators, rank, of, level_group FROM composite_values ORDER BY year, rank, municipality_code",
        IndicatorRows.Composite);

    /// <summary>The catalog's attributes the SQL reads, and its built-in targets.</summary>
    private void CreateCatalogTables()
    {
        connection.Execute("""
            CREATE OR REPLACE TEMP TABLE catalog (code VARCHAR, sort_order INTEGER, measure VARCHAR, higher BOOLEAN,
                municipalities BOOLEAN, organizations BOOLEAN, person_based BOOLEAN, comparable BOOLEAN, grp VARCHAR);
            CREATE OR REPLACE TEMP TABLE builtin_targets (indicator VARCHAR, from_year INTEGER, target DOUBLE);
            CREATE OR REPLACE TEMP TABLE area_bits (code VARCHAR, bit INTEGER);
            CREATE OR REPLACE TEMP TABLE topic_bits (code VARCHAR, bit INTEGER);
            """);
        foreach (var (table, list) in new[] { ("area_bits", Vocabulary.DeficitAreas), ("topic_bits", Vocabulary.ProgramTopics) })
        {
            using var appender = connection.CreateAppender("temp", "main", table);
            foreach (var term in list)
            {
                appender.CreateRow().AppendValue(term.Code).AppendValue(IndicatorCatalog.Bit(list, term)).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("temp", "main", "catalog"))
        {
            foreach (var (i, order) in IndicatorCatalog.All.Select((i, n) => (i, n)))
            {
                appender.CreateRow().AppendValue(i.Code).AppendValue(order).AppendValue(MeasureName(i.Measure)).AppendValue(i.Direction == Direction.Higher)
                    .AppendValue(i.Levels.HasFlag(Indicators.Levels.Municipality)).AppendValue(i.Levels.HasFlag(Indicators.Levels.Organization))
                    .AppendValue(i.PersonBased).AppendValue(i.Comparable).AppendValue(i.Group.Name).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("temp", "main", "builtin_targets"))
        {
            foreach (var i in IndicatorCatalog.All.Where(i => i.Target is not null))
            {
                appender.CreateRow().AppendValue(i.Code).AppendValue(i.Target!.FromYear).AppendValue(i.Target.Value).EndRow();
            }
        }
    }

    /// <summary>
    /// One pass counting the distinct conditions of the person-based indicators (see
    /// <see cref="Conditions"/>) per organization (each person-year belongs to one); the
    /// municipality and region sums are rolled up from the organizations' with GROUPING SETS. The
    /// counts are INTEGER (an organization's), whose sums roll up three times faster than BIGINT's.
    /// </summary>
    private static string PersonSums(IReadOnlyList<string> conditions)
    {
        var counts = conditions.Select((condition, k) => string.Create(CultureInfo.InvariantCulture, $"count_if({condition})::INTEGER AS c{k}"));
        var sums = conditions.Select((_, k) => string.Create(CultureInfo.InvariantCulture, $"sum(c{k}) AS c{k}"));
        return $"""
            CREATE OR REPLACE TEMP TABLE person_org_sums AS
            SELECT year, municipality_code, org_id, {string.Join(",\n       ", counts)}
            FROM person_year
            GROUP BY year, municipality_code, org_id;
            CREATE OR REPLACE TEMP TABLE person_sums AS
            SELECT year, municipality_code, org_id, GROUPING(municipality_code, org_id) AS grouping_id, {string.Join(",\n       ", sums)}
            FROM person_org_sums
            GROUP BY GROUPING SETS ((year), (year, municipality_code), (year, municipality_code, org_id));
            """;
    }

    /// <summary>
    /// The distinct conditions the person-based indicators count: each one's population, and its
    /// counted persons among them; a condition several share (the persons of S(Y), the teachers)
    /// once. Column c{k} of the sums is the k-th.
    /// </summary>
    private static List<string> Conditions(IReadOnlyList<IndicatorDefinition> persons) =>
        persons.SelectMany(i => new[] { Among(i), Counted(i) }).Distinct().ToList();

    private static string Among(IndicatorDefinition i) => i.Persons!.Among;

    private static string Counted(IndicatorDefinition i) => $"({i.Persons!.Among}) AND ({i.Persons.Counted})";

    /// <summary>The deficit mask of a person-year: per area of the vocabulary, its bit where the area's latest score is below the threshold.</summary>
    private static string DeficitMask() => string.Join(" | ", Vocabulary.DeficitAreas.Select(area => IndicatorCatalog.Bit(Vocabulary.DeficitAreas, area)).Select(bit => string.Create(CultureInfo.InvariantCulture,
        $"(CASE WHEN arg_max(d.score, d.date) FILTER (WHERE b.bit = {bit}) < $threshold THEN {bit} ELSE 0 END)")));

    /// <summary>The view of the person sums as indicator rows: the region always, a municipality or an organization where its population is not empty.</summary>
    private static string PersonRows(IReadOnlyList<IndicatorDefinition> persons, List<string> conditions)
    {
        var selects = persons.Select(i => (i.Code, Counted: $"c{conditions.IndexOf(Counted(i))}", Among: $"c{conditions.IndexOf(Among(i))}")).Select(c => string.Create(CultureInfo.InvariantCulture, $"""
            SELECT '{c.Code}' AS indicator, year, {LevelOf("grouping_id")} AS level, CASE grouping_id WHEN 3 THEN 'region' WHEN 1 THEN municipality_code ELSE org_id END AS entity_code,
                   CASE grouping_id WHEN 3 THEN NULL ELSE municipality_code END AS municipality_code, {c.Counted}::DOUBLE AS numerator, {c.Among}::DOUBLE AS denominator
            FROM person_sums WHERE grouping_id = 3 OR {c.Among} > 0
            """));
        return "CREATE OR REPLACE TEMP VIEW person_rows AS\n" + string.Join("\nUNION ALL\n", selects) + ";";
    }

    private static string LevelOf(string grouping) => $"CASE {grouping} WHEN 3 THEN '{Levels[0]}' WHEN 1 THEN '{Levels[1]}' ELSE '{Levels[2]}' END";

    private static string MeasureName(Measure measure) => measure switch
    {
        Measure.Share => "share",
        Measure.Ratio => "ratio",
        Measure.PerThousand => "per_thousand",
        _ => "count",
    };
}
