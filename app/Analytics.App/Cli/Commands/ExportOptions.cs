using System.CommandLine;
using Analytics.Warehouse.Exports;
using Analytics.Warehouse.Indicators;

namespace Analytics.App.Cli.Commands;

/// <summary>What an export command was asked for.</summary>
public sealed record ExportRequest(string? Db, int? Year, ExportFormat Format, CsvDialect Csv, string? Out, bool IncludeSuppressed)
{
    /// <summary>
    /// Writes to standard output, or to <see cref="Out"/> through a temporary file moved into place
    /// when complete (a reader never sees half a file). Arrow and XLSX need a file.
    /// </summary>
    public void WriteTo(Action<Stream> write)
    {
        if (Out is null)
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            return;
        }
        var temp = Out + ".tmp";
        try
        {
            using (var file = File.Create(temp))
            {
                write(file);
            }
            File.Move(temp, Out, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}

/// <summary>The options of <c>indicators</c> and <c>gaps</c>: <c>--db --year --format --csv --out --include-suppressed</c>.</summary>
public sealed class ExportOptions
{
    private Option<string?> Db { get; } = CommonOptions.Db();
    private Option<int?> Year { get; } = new("--year") { Description = "Only this year" };
    private Option<ExportFormat> Format { get; } = new("--format")
    {
        Description = "csv | json | arrow | xlsx (arrow and xlsx need --out)",
        DefaultValueFactory = _ => ExportFormat.Csv,
    };
    private Option<CsvDialect> Csv { get; } = new("--csv")
    {
        Description = "machine (default: UTF-8, ',', decimal point, the methodology's header) | ru (what Russian Excel opens by double-click: BOM, ';', decimal comma)",
        DefaultValueFactory = _ => CsvDialect.Machine,
    };
    private Option<string?> Out { get; } = CommonOptions.OutFile("Write to this file instead of standard output");
    private Option<bool> IncludeSuppressed { get; } = IncludeSuppressedOption();

    private bool _suppressible = true;

    /// <summary>The options.</summary>
    public static ExportOptions Create() => new();

    /// <summary>The options of an output that never holds a suppressed figure (no <c>--include-suppressed</c>).</summary>
    public static ExportOptions WithoutSuppressed() => new() { _suppressible = false };

    /// <summary><c>--include-suppressed</c>: the owner's full figures (a warning on stderr).</summary>
    public static Option<bool> IncludeSuppressedOption() => new("--include-suppressed")
    {
        Description = "Include the figures of suppressed rows (small groups: for the owner only, never to be published; warns on stderr)",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Db, Year, Format, Csv, Out, IncludeSuppressed }.Where(o => _suppressible || o != IncludeSuppressed))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the request; a combination that cannot be written is bad usage.</summary>
    public ExportRequest Read(ParseResult result)
    {
        var request = new ExportRequest(result.GetValue(Db), result.GetValue(Year), result.GetValue(Format), result.GetValue(Csv), result.GetValue(Out), _suppressible && result.GetValue(IncludeSuppressed));
        if (request.Format is ExportFormat.Arrow or ExportFormat.Xlsx && request.Out is null)
        {
            throw new ArgumentException($"--format {request.Format.ToString().ToLowerInvariant()} needs --out FILE");
        }
        if (request.Csv != CsvDialect.Machine && request.Format != ExportFormat.Csv)
        {
            throw new ArgumentException("--csv applies to --format csv only");
        }
        return request;
    }

    /// <summary>The warning printed whenever suppressed figures leave the warehouse.</summary>
    public static void WarnSuppressed(IndicatorSettings settings) => Console.Error.WriteLine(
        $"warning: --include-suppressed: the output holds the figures of suppressed rows (denominators below {settings.MinCell} and the cells that would reveal them). " +
        "They can identify persons: keep them within the department, never publish them.");
}
