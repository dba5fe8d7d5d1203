using System.CommandLine;
using System.Globalization;
using Analytics.App.Options;
using Analytics.Etl.Loading;
using Analytics.Warehouse.Exports;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics export --format parquet --out DIR [--what marts|star] [--include-suppressed]</c>: Parquet for bigger engines (docs/scale.md).</summary>
public static class ExportCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var format = new Option<string>("--format") { Description = "parquet", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet");
        var output = CommonOptions.OutFolder("The folder to write (one subfolder per table, year=YYYY/ partitions)");
        var what = new Option<ParquetContent>("--what")
        {
            Description = "marts (default: the indicator marts, publishable) | star (the pseudonymized star schema, for the owner's own engine)",
            DefaultValueFactory = _ => ParquetContent.Marts,
        };
        var includeSuppressed = ExportOptions.IncludeSuppressedOption();
        var command = new Command("export", "Write Hive-partitioned Parquet for Spark, Trino or DuckDB (docs/scale.md)") { db, format, output, what, includeSuppressed };
        command.SetAction(result =>
        {
            using var services = AnalyticsServices.ForCommand(("Analytics:Warehouse", result.GetValue(db)));
            var warehouse = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Warehouse;
            var folder = Path.GetFullPath(result.GetValue(output)!);
            var star = result.GetValue(what) == ParquetContent.Star;
            if (star && result.GetValue(includeSuppressed))
            {
                throw new ArgumentException("--include-suppressed applies to --what marts (the star schema has no suppression)");
            }
            if (result.GetValue(includeSuppressed))
            {
                ExportOptions.WarnSuppressed(services.GetRequiredService<IndicatorSettings>());
            }
            using var connection = services.GetRequiredService<MartOpener>().OpenReadOnly(warehouse);
            if (star)
            {
                // Owner-only, also when the folder was there before: it is to hold pseudonymized persons.
                OwnerOnly.CreateFolder(folder);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"warning: --what star writes the pseudonymized star schema of persons. A pseudonym is not anonymity: {ParquetExport.UniqueStaffShare(connection):P1} of the staff rows here are unique on year, organization, birth year, experience and position, so a person can be singled out. Keep it on the owner's own systems (the folder is owner-only); never publish it."));
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var written = ParquetExport.Write(connection, star ? ParquetExport.Star : ParquetExport.Marts(result.GetValue(includeSuppressed)), folder);
            foreach (var (table, rows) in written)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-18} {rows,12:N0} rows"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Parquet written to {folder} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Done;
        });
        return command;
    }
}
