using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// Opens the DuckDB warehouse. A file database has one writer at a time: when another process
/// holds it, opening waits (up to <see cref="BusyWait"/>) and then fails with
/// <see cref="WarehouseBusyException"/>. Opening read-write brings the schema up to date.
/// </summary>
public sealed class Warehouse(string path)
{
    /// <summary>How long an open waits for a warehouse held by another process.</summary>
    public TimeSpan BusyWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The DuckDB memory limit (the buffer manager's, not the process's).</summary>
    public string MemoryLimit { get; init; } = "2GB";

    /// <summary>The warehouse file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Whether the warehouse file exists.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>Opens for writing, creating the file and the schema if needed.</summary>
    public DuckDBConnection OpenReadWrite()
    {
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        var connection = Open($"DataSource={Path}");
        foreach (var script in SqlScripts.SchemaScripts())
        {
            connection.Execute(script);
        }
        return connection;
    }

    /// <summary>Opens read-only; the file must exist.</summary>
    public DuckDBConnection OpenReadOnly()
    {
        if (!Exists)
        {
            throw new FileNotFoundException($"No warehouse at {Path}; run `analytics ingest` or `analytics demo` first.", Path);
        }
        return Open($"DataSource={Path};ACCESS_MODE=READ_ONLY");
    }

    private DuckDBConnection Open(string connectionString)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var connection = new DuckDBConnection(connectionString);
            try
            {
                connection.Open();
                connection.Execute($"SET memory_limit = '{MemoryLimit}'");
                return connection;
            }
            catch (DuckDBException e) when (IsLockConflict(e))
            {
                connection.Dispose();
                var waited = DateTime.UtcNow - started;
                if (waited >= BusyWait)
                {
                    throw new WarehouseBusyException(Path, waited);
                }
                Thread.Sleep(TimeSpan.FromMilliseconds(250));
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
    }

    private static bool IsLockConflict(DuckDBException e) =>
        e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("Conflicting", StringComparison.OrdinalIgnoreCase);
}
