using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// Opens DuckDB warehouse files, configured once: how long an open waits for a file held by
/// another process, and DuckDB's memory limit. A file database has one writer at a time: when
/// another process holds it, opening waits (up to <see cref="BusyWait"/>) and then fails with
/// <see cref="WarehouseBusyException"/>. Opening read-write brings the schema up to date.
/// </summary>
public sealed partial class WarehouseOpener
{
    /// <summary>Configures the opener.</summary>
    /// <param name="busyWait">How long an open waits for a warehouse held by another process.</param>
    /// <param name="memoryLimit">DuckDB's memory limit (its buffer manager's, not the process's), e.g. <c>1GB</c>.</param>
    public WarehouseOpener(TimeSpan busyWait, string memoryLimit)
    {
        if (!MemorySize().IsMatch(memoryLimit))
        {
            throw new ArgumentException($"The memory limit «{memoryLimit}» is not a size like 1GB or 512MB.", nameof(memoryLimit));
        }
        BusyWait = busyWait;
        MemoryLimit = memoryLimit.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>How long an open waits for a warehouse held by another process.</summary>
    public TimeSpan BusyWait { get; }

    /// <summary>DuckDB's memory limit.</summary>
    public string MemoryLimit { get; }

    /// <summary>Opens for writing, creating the file and the schema if needed.</summary>
    public DuckDBConnection OpenReadWrite(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        var connection = Open(full, readOnly: false);
        try
        {
            // Owner-only whatever the umask: the warehouse holds the figures before suppression.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            WarehouseSchema.Migrate(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return connection;
    }

    /// <summary>Opens read-only; the file must exist.</summary>
    public DuckDBConnection OpenReadOnly(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"No warehouse at {full}; run `analytics ingest` or `analytics demo` first.", full);
        }
        return Open(full, readOnly: true);
    }

    private DuckDBConnection Open(string path, bool readOnly)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        builder["memory_limit"] = MemoryLimit;
        if (readOnly)
        {
            builder["ACCESS_MODE"] = "READ_ONLY";
        }
        var started = DateTime.UtcNow;
        while (true)
        {
            var connection = new DuckDBConnection(builder.ConnectionString);
            try
            {
                connection.Open();
                return connection;
            }
            catch (DuckDBException e) when (IsLockConflict(e))
            {
                connection.Dispose();
                var waited = DateTime.UtcNow - started;
                if (waited >= BusyWait)
                {
                    throw new WarehouseBusyException(path, waited);
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

    [GeneratedRegex(@"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", RegexOptions.IgnoreCase)]
    private static partial Regex MemorySize();
}
