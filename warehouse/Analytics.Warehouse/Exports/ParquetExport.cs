using System.Globalization;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Exports;

/// <summary>What <c>export --format parquet</c> writes.</summary>
public enum ParquetContent
{
    /// <summary>The indicator marts (publishable: suppressed figures masked unless asked for) and the indicator dimension.</summary>
    Marts,
    /// <summary>The pseudonymized star schema, for the owner's own larger engine.</summary>
    Star,
}

/// <summary>
/// Writes tables as Hive-partitioned Parquet that Spark, Trino and DuckDB read as they are:
/// one folder per table, <c>year=YYYY/</c> subfolders for the tables with a year (a fact dated by
/// a day is partitioned by that day's year, the <c>year</c> column of the export), one file for
/// the others. DuckDB's own <c>COPY … (FORMAT parquet, PARTITION_BY (year))</c> does the writing.
/// </summary>
public static class ParquetExport
{
    /// <summary>A table of the export: its folder name, the query that gives its rows and whether it has a year column to partition by.</summary>
    public sealed record Table(string Name, string Query, bool ByYear);

    /// <summary>The tables of the marts export; suppressed figures are empty unless <paramref name="includeSuppressed"/>.</summary>
    public static IReadOnlyList<Table> Marts(bool includeSuppressed)
    {
        var include = includeSuppressed ? "true" : "false";
        string Masked(string column) => $"CASE WHEN suppressed AND NOT {include} THEN NULL ELSE {column} END AS {column}";
        return
        [
            new("mart_indicator", $"SELECT indicator, year, level, entity_code, entity_name, municipality_code, {Masked("numerator")}, {Masked("denominator")}, {Masked("value")}, target, {Masked("meets_target")}, suppressed, {Masked("ci_low")}, {Masked("ci_high")} FROM mart_indicator", true),
            new("mart_gap", $"SELECT * FROM mart_gap WHERE {include} OR NOT includes_suppressed", true),
            new("mart_standing", "SELECT * FROM mart_standing", true),
            new("mart_composite", "SELECT * FROM mart_composite", true),
            new("dim_indicator", "SELECT * FROM dim_indicator", false),
            new("dim_municipality", "SELECT * FROM dim_municipality", false),
        ];
    }

    /// <summary>
    /// The tables of the star export: every dimension and fact of the warehouse (no audit, no key
    /// fingerprint); pseudonyms as their 36-character text, which every engine reads (Spark does
    /// not read Parquet's UUID type).
    /// </summary>
    public static readonly IReadOnlyList<Table> Star =
    [
        new("dim_municipality", "SELECT * FROM dim_municipality", false),
        new("dim_organization", "SELECT * FROM dim_organization", false),
        new("dim_program", "SELECT * FROM dim_program", false),
        new("dim_person", "SELECT person_key::VARCHAR AS person_key FROM dim_person", false),
        new("dim_year", "SELECT * FROM dim_year", false),
        new("dim_deficit_area", "SELECT * FROM dim_deficit_area", false),
        new("dim_indicator", "SELECT * FROM dim_indicator", false),
        new("target_override", "SELECT * FROM target_override", false),
        new("fact_staff", "SELECT * REPLACE (person_key::VARCHAR AS person_key) FROM fact_staff", true),
        new("fact_methodist", "SELECT * REPLACE (person_key::VARCHAR AS person_key) FROM fact_methodist", true),
        new("fact_diagnostic", "SELECT * REPLACE (person_key::VARCHAR AS person_key), year(date) AS year FROM fact_diagnostic", true),
        new("fact_course", "SELECT * REPLACE (person_key::VARCHAR AS person_key), year(start_date) AS year FROM fact_course", true),
        new("fact_route", "SELECT * REPLACE (person_key::VARCHAR AS person_key, tutor_key::VARCHAR AS tutor_key), year(created_date) AS year FROM fact_route", true),
        new("fact_mentoring", "SELECT * REPLACE (mentee_key::VARCHAR AS mentee_key, mentor_key::VARCHAR AS mentor_key), year(start_date) AS year FROM fact_mentoring", true),
        new("fact_staffing", "SELECT *, year(date) AS year FROM fact_staffing", true),
    ];

    /// <summary>
    /// The share of staff rows that no other row shares on the quasi-identifiers (year,
    /// organization, birth year, experience, position): how many could be singled out in a
    /// pseudonymized export.
    /// </summary>
    public static double UniqueStaffShare(DuckDBConnection connection) => connection.Scalar<double?>("""
        SELECT count_if(n = 1)::DOUBLE / nullif(sum(n), 0)
        FROM (SELECT count(*) AS n FROM fact_staff GROUP BY year, org_id, birth_year, experience_years, position)
        """) ?? 0;

    /// <summary>Writes the tables into <paramref name="folder"/>, each replacing its folder; returns the rows written per table.</summary>
    public static List<(string Table, long Rows)> Write(DuckDBConnection connection, IReadOnlyList<Table> tables, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<(string, long)>();
        foreach (var table in tables)
        {
            var target = Path.Combine(Path.GetFullPath(folder), table.Name);
            var temp = target + ".writing";
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
            var destination = table.ByYear ? temp : Path.Combine(temp, "data_0.parquet");
            Directory.CreateDirectory(temp);
            var options = table.ByYear ? "FORMAT parquet, PARTITION_BY (year), OVERWRITE_OR_IGNORE" : "FORMAT parquet";
            var rows = connection.Execute($"COPY ({table.Query}) TO {Literal(destination)} ({options})");
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            Directory.Move(temp, target);
            written.Add((table.Name, rows));
        }
        return written;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
