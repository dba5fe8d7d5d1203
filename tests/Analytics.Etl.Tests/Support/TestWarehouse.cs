using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Tests.Support;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Tests.Support;

/// <summary>A warehouse file in a temporary folder, with an inbox beside it and a fixed pseudonym key.</summary>
public sealed class TestWarehouse : IDisposable
{
    /// <summary>The pseudonym secret the tests use.</summary>
    public const string Key = "test-secret-key-of-thirty-two-bytes-or-more";

    private readonly TempFolder _folder = new();

    /// <summary>Creates an empty one.</summary>
    public TestWarehouse()
    {
        Inbox = new Inbox(_folder["inbox/.keep"][..^"/.keep".Length]);
        Path = _folder["warehouse.duckdb"];
    }

    /// <summary>The inbox.</summary>
    public Inbox Inbox { get; }

    /// <summary>The warehouse file.</summary>
    public string Path { get; }

    /// <summary>Opens the warehouse for writing.</summary>
    public DuckDBConnection OpenReadWrite() => TestDefaults.Opener.OpenReadWrite(Path);

    /// <summary>Opens the warehouse read-only.</summary>
    public DuckDBConnection OpenReadOnly() => TestDefaults.Opener.OpenReadOnly(Path);

    /// <summary>The environment of the command-line runs of these tests: the test's pseudonym key.</summary>
    public static Dictionary<string, string> Environment => new() { ["ANALYTICS_Privacy__PseudonymKey"] = Key };

    /// <summary>Runs the command line as a process with the test's pseudonym key.</summary>
    public static CliProcess.Result Cli(string workingDirectory, params string[] args) => CliProcess.Run(workingDirectory, Environment, args);

    /// <summary>The archive folder.</summary>
    public string ArchiveRoot => _folder["archive/.keep"][..^"/.keep".Length];

    /// <summary>The temporary folder.</summary>
    public TempFolder Folder => _folder;

    /// <summary>The pseudonymizer with <see cref="Key"/>.</summary>
    public static Pseudonymizer Pseudonymizer { get; } = new(Encoding.UTF8.GetBytes(Key));

    /// <summary>Ingests an inbox (default: this one) and returns the run.</summary>
    public RunSummary Ingest(string? inbox = null, bool keep = true, IReadOnlyList<Analytics.Contract.FileKind>? kinds = null)
    {
        using var connection = OpenReadWrite();
        return new IngestService(connection, Pseudonymizer).Run(new IngestOptions(inbox ?? Inbox.Folder, ArchiveRoot)
        {
            Keep = keep,
            Kinds = kinds ?? Analytics.Contract.DataContract.Kinds,
        });
    }

    /// <summary>Runs a query on the warehouse, read-only; rows as invariant strings joined by '|'.</summary>
    public List<string> Rows(string sql)
    {
        using var connection = OpenReadOnly();
        return connection.Query(sql, r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Format(r.GetValue(i)))));
    }

    /// <summary>One number from a query.</summary>
    public long Count(string sql)
    {
        using var connection = OpenReadOnly();
        return connection.Scalar<long>(sql);
    }

    /// <summary>Every table of the warehouse (all schemas) with all its rows, sorted: for comparing states.</summary>
    public Dictionary<string, List<string>> Dump(params string[] except)
    {
        using var connection = OpenReadOnly();
        return DumpTables(connection, except);
    }

    /// <summary>Every table with all its rows, sorted.</summary>
    public static Dictionary<string, List<string>> DumpTables(DuckDBConnection connection, params string[] except)
    {
        var tables = connection.Query(
            "SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1",
            r => r.GetString(0));
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in tables.Where(t => !except.Contains(t)))
        {
            dump[table] = connection.Query($"SELECT * FROM {table} ORDER BY ALL",
                r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Format(r.GetValue(i)))));
        }
        return dump;
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "∅",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e and not string => "[" + string.Join(",", e.Cast<object?>().Select(Format)) + "]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
