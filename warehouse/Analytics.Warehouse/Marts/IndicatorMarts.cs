using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Warehouse.Indicators;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Marts;

/// <summary>
/// The indicator marts of the warehouse (<c>mart_indicator</c>, <c>mart_gap</c>,
/// <c>mart_standing</c>, Schema/004_marts.sql): refreshed from the engine in one transaction, and
/// current only when no load has committed since (<c>mart_state.stale</c>) and they were computed
/// by this build of the engine with these settings (the fingerprint) — so they never disagree with
/// the facts or the configuration they summarize.
/// </summary>
public sealed class IndicatorMarts(IndicatorSettings settings)
{
    /// <summary>The settings the marts are computed with.</summary>
    public IndicatorSettings Settings => settings;

    /// <summary>
    /// What the marts' figures depend on besides the facts: this build of the engine (its catalog
    /// and SQL are embedded in the assembly, whose version id changes with them) and the settings.
    /// </summary>
    public string Fingerprint { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"{typeof(IndicatorMarts).Assembly.ManifestModule.ModuleVersionId}|{settings.DeficitThreshold:R}|{settings.MinCell}"))))[..16];

    /// <summary>Whether the marts summarize the facts as they are, with these settings.</summary>
    public bool AreCurrent(DuckDBConnection connection) =>
        MartTablesExist(connection)
        && connection.Scalar<long>("SELECT count(*) FROM mart_state WHERE NOT stale AND fingerprint = $fingerprint", ("fingerprint", Fingerprint)) == 1;

    /// <summary>Recomputes the marts (a read-write connection); <paramref name="measured"/> is told each step's time.</summary>
    public void Refresh(DuckDBConnection connection, Action<string, TimeSpan>? measured = null)
    {
        new IndicatorEngine(connection, settings) { Measured = measured }.Run();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(SqlScripts.Get("Sql/Marts/refresh.sql"),
                ("fingerprint", Fingerprint), ("min_cell", settings.MinCell), ("threshold", settings.DeficitThreshold), ("refreshed_at", DateTime.UtcNow));
            transaction.Commit();
        }
        measured?.Invoke("marts written", clock.Elapsed);
    }

    /// <summary>Refreshes the marts when they are not current; returns whether it did.</summary>
    public bool RefreshIfStale(DuckDBConnection connection, Action<string, TimeSpan>? measured = null)
    {
        if (AreCurrent(connection))
        {
            return false;
        }
        Refresh(connection, measured);
        return true;
    }

    /// <summary>Marks the marts stale (inside a load's transaction).</summary>
    public static void MarkStale(DuckDBConnection connection) => connection.Execute(SqlScripts.Get("Sql/Marts/mark_stale.sql"));

    private static bool MartTablesExist(DuckDBConnection connection) =>
        connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'mart_state'") == 1;
}

/// <summary>
/// Opens the warehouse for reading with current marts: when they are stale (a load committed
/// since, or another engine or settings computed them), refreshes them first on a read-write
/// connection, then reopens read-only. Every reader of the marts (the commands, the site job)
/// goes through here, so none reads figures that disagree with the facts.
/// </summary>
public sealed class MartOpener(WarehouseOpener opener, IndicatorMarts marts)
{
    /// <summary>Told when the marts are refreshed before a read.</summary>
    public Action<string>? Refreshed { get; init; }

    /// <summary>A read-only connection to the warehouse whose marts are current.</summary>
    public DuckDBConnection OpenReadOnly(string path)
    {
        var connection = opener.OpenReadOnly(path);
        if (marts.AreCurrent(connection))
        {
            return connection;
        }
        connection.Dispose();
        using (var writer = opener.OpenReadWrite(path))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (marts.RefreshIfStale(writer))
            {
                Refreshed?.Invoke(string.Create(CultureInfo.InvariantCulture, $"The indicator marts were stale and have been refreshed ({clock.Elapsed.TotalSeconds:0.0} s)."));
            }
        }
        return opener.OpenReadOnly(path);
    }
}
