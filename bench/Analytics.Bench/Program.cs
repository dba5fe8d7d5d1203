using System.Diagnostics;
using System.Globalization;
using Analytics.Etl.Reading;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

// Two benchmarks: `indicators DB` times every indicator and the gaps for all years and levels;
// `INBOX_DIR` is the baseline of bench/ingest.sh.
if (args.Length == 2 && args[0] == "indicators")
{
    var clock = Stopwatch.StartNew();
    using var services = Analytics.App.AnalyticsServices.ForCommand(("Analytics:Warehouse", args[1]));
    using var readOnly = services.GetRequiredService<Analytics.Warehouse.WarehouseOpener>().OpenReadOnly(args[1]);
    var values = new Analytics.Warehouse.Indicators.IndicatorEngine(readOnly, services.GetRequiredService<Analytics.Warehouse.Indicators.IndicatorSettings>())
    {
        Measured = (step, took) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-34} {took.TotalSeconds,6:0.00} s")),
    }.Compute();
    var computed = clock.Elapsed;
    var gaps = Analytics.Warehouse.Indicators.GapMetrics.Gaps(values);
    var standings = Analytics.Warehouse.Indicators.GapMetrics.Standings(values);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"indicators: {values.Count} values in {computed.TotalSeconds:0.00} s; gaps: {gaps.Count} rows and {standings.Count} standings, total {clock.Elapsed.TotalSeconds:0.00} s"));
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
