using System.CommandLine;
using Analytics.App.Cli.Commands;
using Analytics.Warehouse;

namespace Analytics.App.Cli;

/// <summary>The command tree and the mapping of outcomes to exit codes.</summary>
public static class CliApp
{
    /// <summary>The command tree (docs/cli.md lists every command and option of it; a test checks).</summary>
    public static RootCommand Root() =>
        new("Monitoring of teachers' professional development: ETL, warehouse, dashboards. `./analytics generate` (the synthetic inbox) is the tool in tools/Analytics.Generator.")
        {
            IngestCommand.Create(),
            DemoCommand.Create(),
            BuildSiteCommand.Create(),
            IndicatorsCommand.Indicators(),
            IndicatorsCommand.Gaps(),
            ExportCommand.Create(),
            RecommendationsCommand.Create(),
            PackCommand.Create(),
            RefreshCommand.Create(),
            SchemaCommand.Create(),
            MethodologyCommand.Create(),
            ServeCommand.Create(),
            ConfigCommand.Create(),
        };

    /// <summary>Parses and runs; returns the exit code of docs/cli.md.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = Root().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }
            await Console.Error.WriteLineAsync("See `analytics --help`.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (WarehouseBusyException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Failure;
        }
        catch (InvalidDataException e) when (e.InnerException?.InnerException is System.Text.Json.JsonException json)
        {
            // The configuration's JSON provider says only «Failed to load configuration from file …»; the line is
            // two exceptions down, counted from 0, with the reader's position text appended.
            var reason = json.Message.Split(" LineNumber:", 2)[0];
            await Console.Error.WriteLineAsync(FormattableString.Invariant(
                $"error: {e.Message.Replace("Failed to load configuration from file", "the configuration file", StringComparison.Ordinal).TrimEnd('.')} is not valid JSON: line {json.LineNumber + 1}, column {json.BytePositionInLine + 1}: {reason}"));
            return ExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last boundary: any other failure is reported as exit 1, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
