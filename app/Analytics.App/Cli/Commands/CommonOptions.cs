using System.CommandLine;
using Analytics.Warehouse.Exports;

namespace Analytics.App.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary><c>--db FILE</c>: the warehouse (default from configuration).</summary>
    public static Option<string?> Db() => new("--db") { Description = "The DuckDB warehouse file (default ./out/warehouse.duckdb)" };

    /// <summary>The options of an export command: <c>--db --year --format --out</c>.</summary>
    public static (Option<string?> Db, Option<int?> Year, Option<ExportFormat> Format, Option<string?> Out) Export()
    {
        var format = new Option<ExportFormat>("--format")
        {
            Description = "csv | json | arrow (arrow needs --out)",
            DefaultValueFactory = _ => ExportFormat.Csv,
        };
        return (Db(), new Option<int?>("--year") { Description = "Only this year" }, format,
            new Option<string?>("--out") { Description = "Write to this file instead of standard output" });
    }
}
