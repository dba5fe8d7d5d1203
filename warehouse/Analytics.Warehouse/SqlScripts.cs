using System.Collections.Concurrent;
using System.Reflection;

namespace Analytics.Warehouse;

/// <summary>Reads the SQL files embedded in this assembly (Schema/*.sql, Sql/**/*.sql).</summary>
public static class SqlScripts
{
    private static readonly Assembly Assembly = typeof(SqlScripts).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>The text of an embedded script, by its path relative to the project, e.g. <c>Sql/Load/teachers.sql</c>.</summary>
    public static string Get(string relativePath) => Cache.GetOrAdd(relativePath, static path =>
    {
        var resource = "Analytics.Warehouse." + path.Replace('/', '.');
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No embedded SQL script {path}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The schema scripts in the order they run.</summary>
    public static IEnumerable<(string Name, string Text)> SchemaScripts() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Analytics.Warehouse.Schema.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => n["Analytics.Warehouse.Schema.".Length..])
            .Select(n => (n, Get("Schema/" + n)));
}
