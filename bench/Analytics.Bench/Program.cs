using System.Diagnostics;
using System.Globalization;
using Analytics.Etl.Reading;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

// Three modes: `indicators DB` times the product's indicator engine (every indicator, the gaps
// and the standings) on a warehouse; `compare DB` also runs the previous engine on it and checks
// that every value and gap is the same; `INBOX_DIR` is the read_csv baseline of bench/ingest.sh.
if (args.Length == 2 && args[0] is "indicators" or "compare")
{
    var clock = Stopwatch.StartNew();
    using var services = Analytics.App.AnalyticsServices.ForCommand(("Analytics:Warehouse", args[1]));
    var settings = services.GetRequiredService<Analytics.Warehouse.Indicators.IndicatorSettings>();
    using var readOnly = services.GetRequiredService<Analytics.Warehouse.WarehouseOpener>().OpenReadOnly(args[1]);
    new Analytics.Warehouse.Indicators.IndicatorEngine(readOnly, settings)
    {
        Measured = (step, took) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-36} {took.TotalSeconds,6:0.00} s")),
    }.Run();
    var counts = Analytics.Warehouse.DuckDbExtensions.Query(readOnly,
        "SELECT (SELECT count(*) FROM indicator_values), (SELECT count(*) FROM gap_values), (SELECT count(*) FROM standing_values)",
        r => (Values: r.GetInt64(0), Gaps: r.GetInt64(1), Standings: r.GetInt64(2))).Single();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"indicators: {counts.Values} values, {counts.Gaps} gap rows, {counts.Standings} standings in {clock.Elapsed.TotalSeconds:0.00} s"));
    if (args[0] == "compare")
    {
        clock.Restart();
        // Its own connection: the two engines' temp objects share names (s_staff is a view here, a table there).
        using var second = services.GetRequiredService<Analytics.Warehouse.WarehouseOpener>().OpenReadOnly(args[1]);
        var previous = Analytics.Bench.PreviousEngine.PreviousEngine.Compute(second, settings.DeficitThreshold, settings.MinCell);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"previous engine: {previous.Count} values in {clock.Elapsed.TotalSeconds:0.00} s"));
        var mismatches = Analytics.Bench.PreviousEngine.Comparison.Mismatches(readOnly, previous);
        Console.WriteLine(mismatches == 0 ? "same figures: every value of the previous engine is computed the same" : $"DIFFERENT: {mismatches} values differ");
        return mismatches == 0 ? 0 : 1;
    }
    return 0;
}

// The baseline of bench/ingest.sh: DuckDB's own read_csv over the same CSV files, each into a
// table of VARCHAR columns. DuckDB here cannot read Windows-1251, so those files are first
// converted to UTF-8 (timed separately: the product does that conversion on the fly).
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Analytics.Bench INBOX_DIR");
    return 2;
}
var scratch = Directory.CreateTempSubdirectory("bench-readcsv");
long rows = 0;
var convert = TimeSpan.Zero;
var read = TimeSpan.Zero;
using var connection = new DuckDBConnection("DataSource=:memory:");
connection.Open();
foreach (var path in Directory.GetFiles(args[0], "*.csv").Order(StringComparer.Ordinal))
{
    var scan = FileScan.Of(path, csv: true);
    var utf8 = path;
    if (!scan.IsUtf8)
    {
        var clock = Stopwatch.StartNew();
        utf8 = Path.Combine(scratch.FullName, Path.GetFileName(path));
        using (var input = new StreamReader(path, TextEncodings.Windows1251))
        using (var output = new StreamWriter(utf8, false, TextEncodings.Utf8))
        {
            var buffer = new char[1 << 20];
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, n);
            }
        }
        convert += clock.Elapsed;
    }
    var delimiter = CsvHeader.DetectDelimiter(utf8, TextEncodings.Utf8);
    var timer = Stopwatch.StartNew();
    using var command = connection.CreateCommand();
    command.CommandText = $"CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('{utf8.Replace("'", "''", StringComparison.Ordinal)}', delim = '{delimiter}', header = true, all_varchar = true, quote = '\"')";
    command.ExecuteNonQuery();
    command.CommandText = "SELECT count(*) FROM t";
    var count = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    read += timer.Elapsed;
    rows += count;
    if (utf8 != path)
    {
        File.Delete(utf8);
    }
}
scratch.Delete(recursive: true);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"duckdb read_csv: {rows} rows in {read.TotalSeconds:0.0} s = {rows / read.TotalSeconds:0} rows/s (plus {convert.TotalSeconds:0.0} s converting Windows-1251 files to UTF-8: {rows / (read + convert).TotalSeconds:0} rows/s with it)"));
return 0;
