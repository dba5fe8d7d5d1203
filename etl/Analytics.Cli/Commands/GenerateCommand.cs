using System.CommandLine;
using System.Globalization;
using Analytics.Etl.Generation;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics generate --out DIR [--teachers N] [--years 2021-2025] [--seed S] [--csv-only]</c>.</summary>
public static class GenerateCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The inbox folder to write", Required = true };
        var teachers = new Option<int>("--teachers") { Description = "Pedagogical workers a year", DefaultValueFactory = _ => 25_000 };
        var years = new Option<string>("--years") { Description = "Snapshot years, FIRST-LAST", DefaultValueFactory = _ => "2021-2025" };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same files)", DefaultValueFactory = _ => 20250901 };
        var csvOnly = new Option<bool>("--csv-only") { Description = "Write CSV only (for load tests); default mixes CSV dialects and XLSX" };
        var clean = new Option<bool>("--no-errors") { Description = "Write no deliberately broken rows" };
        years.Validators.Add(r =>
        {
            if (!TryParseYears(r.GetValueOrDefault<string>(), out _, out _))
            {
                r.AddError("--years must be FIRST-LAST, e.g. 2021-2025");
            }
        });
        teachers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 100)
            {
                r.AddError("--teachers must be at least 100");
            }
        });
        var command = new Command("generate", "Write a synthetic inbox that follows the data contract") { output, teachers, years, seed, csvOnly, clean };
        command.SetAction(result =>
        {
            _ = TryParseYears(result.GetValue(years)!, out var first, out var last);
            var options = new GeneratorOptions(result.GetValue(output)!, result.GetValue(teachers), first, last, result.GetValue(seed))
            {
                CsvOnly = result.GetValue(csvOnly),
                InjectErrors = !result.GetValue(clean),
            };
            var files = new InboxGenerator(options).Generate();
            Console.WriteLine($"Wrote {files.Count} files to {Path.GetFullPath(options.Out)}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static bool TryParseYears(string? text, out int first, out int last)
    {
        first = last = 0;
        var parts = text?.Split('-') ?? [];
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)
            && first is >= 2000 and <= 2100 && last >= first && last <= 2100;
    }
}
