using System.CommandLine;
using System.Globalization;

namespace Analytics.Generator;

/// <summary>
/// <c>analytics generate --out DIR [--teachers N] [--municipalities N] [--years 2021-2025] [--seed S] [--csv-only] [--no-errors]</c>
/// (the <c>analytics</c> script passes the arguments after <c>generate</c>). Exit codes as the
/// product's: 0 done, 2 bad usage, 1 failure.
/// </summary>
public static class GenerateCommand
{
    /// <summary>Parses and runs.</summary>
    public static int Run(string[] args)
    {
        var output = new Option<string>("--out") { Description = "The inbox folder to write", Required = true };
        var teachers = new Option<int>("--teachers") { Description = "Pedagogical workers a year", DefaultValueFactory = _ => 25_000 };
        var municipalities = new Option<int?>("--municipalities")
        {
            Description = "Municipalities: the region's 26 and synthetic ones beyond them (2300 is Russia); default 26, or one per 600 workers above 200 000",
        };
        municipalities.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } n && (n < TyumenRegion.Municipalities.Count || n > 10_000))
            {
                r.AddError($"--municipalities must be between {TyumenRegion.Municipalities.Count} and 10000");
            }
        });
        var years = new Option<string>("--years") { Description = "Snapshot years, FIRST-LAST or one year", DefaultValueFactory = _ => "2021-2025" };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same files)", DefaultValueFactory = _ => 20250901 };
        var csvOnly = new Option<bool>("--csv-only") { Description = "Write CSV only (for load tests); default mixes CSV dialects and XLSX" };
        var clean = new Option<bool>("--no-errors") { Description = "Write no deliberately broken rows" };
        years.Validators.Add(r =>
        {
            if (!TryParseYears(r.GetValueOrDefault<string>(), out _, out _))
            {
                r.AddError("--years must be FIRST-LAST or one year, e.g. 2021-2025 or 2025");
            }
        });
        teachers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 100)
            {
                r.AddError("--teachers must be at least 100");
            }
        });
        var root = new RootCommand("analytics generate: write a synthetic inbox that follows the data contract") { output, teachers, municipalities, years, seed, csvOnly, clean };
        root.SetAction(result =>
        {
            _ = TryParseYears(result.GetValue(years)!, out var first, out var last);
            var options = new GeneratorOptions(result.GetValue(output)!, result.GetValue(teachers), first, last, result.GetValue(seed))
            {
                CsvOnly = result.GetValue(csvOnly),
                Municipalities = result.GetValue(municipalities),
                InjectErrors = !result.GetValue(clean),
            };
            var files = new InboxGenerator(options).Generate();
            Console.WriteLine($"Wrote {files.Count} files to {Path.GetFullPath(options.Out)}");
            return 0;
        });
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            Console.Error.WriteLine("See `analytics generate --help`.");
            return 2;
        }
        try
        {
            return parsed.Invoke();
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
    }

    private static bool TryParseYears(string? text, out int first, out int last)
    {
        first = last = 0;
        var parts = text?.Split('-') ?? [];
        // FIRST-LAST, or one year alone (`--years 2025` once said «must be FIRST-LAST»).
        return parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out last)
            && first is >= 2000 and <= 2100 && last >= first && last <= 2100;
    }
}
