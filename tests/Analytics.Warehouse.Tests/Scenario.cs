using System.Security.Cryptography;
using System.Text;
using Analytics.Tests.Support;
using Analytics.Warehouse.Indicators;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// A small warehouse written row by row, so that every expected figure can be counted on paper.
/// Persons are named by letters; their keys are derived from the names.
/// </summary>
public sealed class Scenario : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
    private readonly DuckDBConnection _connection;

    /// <summary>An empty warehouse.</summary>
    public Scenario()
    {
        Directory.CreateDirectory(_folder);
        Path_ = Path.Combine(_folder, "warehouse.duckdb");
        _connection = TestDefaults.Opener.OpenReadWrite(Path_);
    }

    /// <summary>The warehouse file.</summary>
    public string Path_ { get; }

    /// <summary>The key of a named person.</summary>
    public static Guid Key(string person) => new(SHA256.HashData(Encoding.UTF8.GetBytes(person)).AsSpan(0, 16));

    /// <summary>Adds a municipality.</summary>
    public Scenario Municipality(string code, string name) => Run("INSERT INTO dim_municipality VALUES ($1, $2, 'городской округ')", code, name);

    /// <summary>Adds an organization.</summary>
    public Scenario Organization(string id, string municipality, string type, string? name = null) =>
        Run("INSERT INTO dim_organization VALUES ($1, $2, $3, $4, false)", id, name ?? "ОО " + id, municipality, type);

    /// <summary>Adds a program.</summary>
    public Scenario Program(string id, bool registry, bool network = false, int? updated = null, string[]? topics = null, string[]? areas = null) =>
        Run("INSERT INTO dim_program VALUES ($1, $1, 'pk', 36, 'ТОГИРРО', $2, $3, $4, $5::VARCHAR[], $6::VARCHAR[])",
            id, registry, network, updated, "[" + string.Join(",", (topics ?? []).Select(t => "'" + t + "'")) + "]",
            "[" + string.Join(",", (areas ?? []).Select(t => "'" + t + "'")) + "]");

    /// <summary>Adds a person to the staff snapshot of a year.</summary>
    public Scenario Staff(int year, string person, string org, string role = "teacher", int birthYear = 1980, int experience = 10)
    {
        Run("INSERT OR IGNORE INTO dim_year VALUES ($1)", year);
        return Run("INSERT INTO fact_staff VALUES ($1, $2, $3, $4, $5, $6, NULL)", year, Key(person), org, role, birthYear, experience);
    }

    /// <summary>Adds a diagnostic result.</summary>
    public Scenario Diagnostic(string person, string date, string area, double score) =>
        Run("INSERT INTO fact_diagnostic VALUES ($1, $2::DATE, $3, $4)", Key(person), date, area, score);

    /// <summary>Adds a course enrollment.</summary>
    public Scenario Course(string person, string program, string start, string? end, string status = "completed") =>
        Run("INSERT INTO fact_course VALUES ($1, $2, $3::DATE, $4::DATE, $5)", Key(person), program, start, end, status);

    /// <summary>Adds a route.</summary>
    public Scenario Route(string id, string person, string created, string? tutor = null, string status = "active") =>
        Run("INSERT INTO fact_route VALUES ($1, $2, $3::DATE, $4, $5, NULL)", id, Key(person), created, tutor is null ? null : Key(tutor), status);

    /// <summary>Adds a mentoring record.</summary>
    public Scenario Mentoring(string mentee, string start, string? end) =>
        Run("INSERT INTO fact_mentoring VALUES ($1, NULL, $2::DATE, $3::DATE, NULL)", Key(mentee), start, end);

    /// <summary>Adds a member of the methodological pool.</summary>
    public Scenario Methodist(int year, string person, string municipality, string role = "methodist") =>
        Run("INSERT INTO fact_methodist VALUES ($1, $2, $3, $4)", year, Key(person), municipality, role);

    /// <summary>Adds a staffing row.</summary>
    public Scenario Staffing(string org, string date, double positions, double filled) =>
        Run("INSERT INTO fact_staffing VALUES ($1, $2::DATE, $3, $4)", org, date, positions, filled);

    /// <summary>Adds a target override.</summary>
    public Scenario Target(string indicator, int fromYear, double target) =>
        Run("INSERT INTO target_override VALUES ($1, $2, $3)", indicator, fromYear, target);

    /// <summary>Computes every indicator on a read-only connection.</summary>
    public List<IndicatorValue> Compute(int minCell = 1, double threshold = 60) => ComputeAll(minCell, threshold).Values;

    /// <summary>Computes every indicator, gap and standing on a read-only connection.</summary>
    public IndicatorResults ComputeAll(int minCell = 1, double threshold = 60)
    {
        _connection.Close();
        IndicatorResults results;
        using (var readOnly = TestDefaults.Opener.OpenReadOnly(Path_))
        {
            results = new IndicatorEngine(readOnly, new IndicatorSettings(threshold, minCell)).ComputeAll();
        }
        _connection.Open();
        return results;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _connection.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Scenario Run(string sql, params object?[] values)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var v in values)
        {
            command.Parameters.Add(new DuckDBParameter(v ?? DBNull.Value));
        }
        command.ExecuteNonQuery();
        return this;
    }
}

/// <summary>Looks values up in a computed list.</summary>
public static class ValueLookup
{
    /// <summary>The row of an indicator, year and entity ("region", a municipality code or an org_id).</summary>
    public static IndicatorValue At(this IReadOnlyList<IndicatorValue> values, string indicator, int year, string entity) =>
        values.Single(v => v.Indicator == indicator && v.Year == year && v.EntityCode == entity);

    /// <summary>(numerator, denominator, value rounded to 4 decimals).</summary>
    public static (double? N, double? D, double? V) Figures(this IReadOnlyList<IndicatorValue> values, string indicator, int year, string entity)
    {
        var v = values.At(indicator, year, entity);
        return (v.Numerator, v.Denominator, v.Value is { } x ? Math.Round(x, 4) : null);
    }
}
