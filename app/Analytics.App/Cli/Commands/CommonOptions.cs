using System.CommandLine;

namespace Analytics.App.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary><c>--db FILE</c>: the warehouse (default from configuration).</summary>
    public static Option<string?> Db() => new("--db") { Description = "The DuckDB warehouse file (default ./out/warehouse.duckdb)" };
}
