using System.Globalization;
using Analytics.Tests.Support;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DuckDB.NET.Data;
using ExcelDataReader;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// The outputs analysts take away (CSV in both dialects, JSON, Arrow, XLSX, Parquet) and the marts
/// behind them, on the samples: suppressed figures never leave unless asked for, and every format
/// gives the same figures.
/// </summary>
[Collection("samples")]
public class OpenDataTests(SamplesWarehouse samples)
{
    private static readonly string[] Figures = ["numerator", "denominator", "value"];

    private static CliProcess.Result Run(params string[] args) => CliProcess.Run(null, null, args);

    private static string TempFile(string extension)
    {
        var folder = Path.Combine(Path.GetTempPath(), "analytics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "out" + extension);
    }

    private static List<Dictionary<string, string>> Csv(string text, char delimiter = ',')
    {
        var lines = text.TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(delimiter);
        // The sample names hold no delimiter or quote (checked by the count of fields).
        return lines.Skip(1).Select(l => l.Split(delimiter)).Select(f =>
        {
            f.Length.Should().Be(header.Length);
            return header.Zip(f).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    [Fact]
    public void SuppressedRowsKeepTheirPlaceAndFlagButNoFiguresInCsvJsonArrowAndTheMartReader()
    {
        var suppressed = samples.Values.Where(v => v.Suppressed).ToList();
        suppressed.Should().HaveCountGreaterThan(100, "the samples have small organizations");
        suppressed.Should().OnlyContain(v => v.Value != null && v.Denominator != null, "the engine computes them; only the outputs mask them");

        var run = Run("indicators", "--db", samples.Path_);
        run.Code.Should().Be(0, run.Error);
        run.Error.Should().NotContain("warning");
        var rows = Csv(run.Output);
        rows.Should().HaveCount(samples.Values.Count);
        var masked = rows.Where(r => r["suppressed"] == "true").ToList();
        masked.Should().HaveCount(suppressed.Count);
        masked.Should().OnlyContain(r => Figures.All(f => r[f] == "") && r["meets_target"] == "");

        var json = Run("indicators", "--db", samples.Path_, "--format", "json");
        using (var document = System.Text.Json.JsonDocument.Parse(json.Output))
        {
            var hidden = document.RootElement.EnumerateArray().Where(e => e.GetProperty("suppressed").GetBoolean()).ToList();
            hidden.Should().HaveCount(suppressed.Count);
            hidden.Should().OnlyContain(e => Figures.All(f => e.GetProperty(f).ValueKind == System.Text.Json.JsonValueKind.Null));
        }

        var arrow = TempFile(".arrow");
        Run("indicators", "--db", samples.Path_, "--format", "arrow", "--out", arrow).Code.Should().Be(0);
        var arrowSuppressed = 0;
        using (var stream = File.OpenRead(arrow))
        using (var reader = new ArrowFileReader(stream))
        {
            while (reader.ReadNextRecordBatch() is { } batch)
            {
                using (batch)
                {
                    var flag = (BooleanArray)batch.Column("suppressed");
                    for (var i = 0; i < batch.Length; i++)
                    {
                        if (flag.GetValue(i) == true)
                        {
                            arrowSuppressed++;
                            Figures.Should().OnlyContain(f => batch.Column(f).IsNull(i));
                        }
                    }
                }
            }
        }
        arrowSuppressed.Should().Be(suppressed.Count);

        using var connection = TestDefaults.Opener.OpenReadOnly(samples.Path_);
        var marts = new MartReader(connection).Values();
        marts.Where(v => v.Suppressed).Should().HaveCount(suppressed.Count)
            .And.OnlyContain(v => v.Numerator == null && v.Denominator == null && v.Value == null);
    }

    [Fact]
    public void IncludeSuppressedGivesTheOwnersFiguresAndWarnsOnStderr()
    {
        var run = Run("indicators", "--db", samples.Path_, "--include-suppressed");
        run.Code.Should().Be(0, run.Error);
        run.Error.Should().Contain("warning: --include-suppressed");
        var rows = Csv(run.Output);
        var expected = samples.Values.Where(v => v.Suppressed).ToDictionary(v => (v.Indicator, v.Year, v.EntityCode));
        var shown = rows.Where(r => r["suppressed"] == "true").ToList();
        shown.Should().HaveCount(expected.Count);
        foreach (var row in shown)
        {
            var v = expected[(row["indicator"], int.Parse(row["year"], CultureInfo.InvariantCulture), row["entity_code"])];
            double.Parse(row["denominator"], CultureInfo.InvariantCulture).Should().Be(v.Denominator);
            double.Parse(row["value"], CultureInfo.InvariantCulture).Should().BeApproximately(v.Value!.Value, 1e-8);
        }

        // The gaps over all municipality values, suppressed ones included, count the suppressed ones too.
        var all = Csv(Run("gaps", "--db", samples.Path_, "--include-suppressed").Output);
        var published = Csv(Run("gaps", "--db", samples.Path_).Output);
        foreach (var (p, a) in published.Zip(all))
        {
            var year = int.Parse(p["year"], CultureInfo.InvariantCulture);
            var municipalities = samples.Values.Where(v => v.Indicator == p["indicator"] && v.Year == year && v.Level == IndicatorValue.Municipality && v.Value != null).ToList();
            int.Parse(p["n"], CultureInfo.InvariantCulture).Should().Be(municipalities.Count(v => !v.Suppressed));
            int.Parse(a["n"], CultureInfo.InvariantCulture).Should().Be(municipalities.Count);
        }
    }

    [Fact]
    public void TheXlsxWorkbookAndTheRussianCsvGiveTheFiguresOfTheMachineCsv()
    {
        var machine = Csv(Run("indicators", "--db", samples.Path_).Output);
        var columns = machine[0].Keys.ToList();

        var ruFile = TempFile(".csv");
        var ru = Run("indicators", "--db", samples.Path_, "--csv", "ru", "--out", ruFile);
        ru.Code.Should().Be(0, ru.Error);
        File.ReadAllBytes(ruFile).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var ruText = File.ReadAllText(ruFile);
        ruText.Should().StartWith("Показатель (код);Год;").And.Contain("\r\n");
        var russian = Csv(ruText, ';');
        russian.Should().HaveCount(machine.Count);
        var ruColumns = russian[0].Keys.ToList();
        var russianCulture = CultureInfo.GetCultureInfo("ru-RU");
        for (var i = 0; i < machine.Count; i++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var expected = machine[i][columns[c]];
                var actual = russian[i][ruColumns[c]];
                if (expected is "true" or "false")
                {
                    actual.Should().Be(expected == "true" ? "да" : "нет");
                }
                else if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && columns[c] is not ("entity_code" or "indicator"))
                {
                    double.Parse(actual, NumberStyles.Float, russianCulture).Should().Be(number, $"row {i} {columns[c]}");
                }
                else
                {
                    actual.Should().Be(expected);
                }
            }
        }

        var xlsx = TempFile(".xlsx");
        var run = Run("indicators", "--db", samples.Path_, "--format", "xlsx", "--out", xlsx);
        run.Code.Should().Be(0, run.Error);
        var sheets = ReadWorkbook(xlsx);
        sheets.Select(s => s.Name).Should().Equal("Регион", "Муниципалитеты", "Организации");
        var cells = sheets.SelectMany(s => s.Rows).ToList();
        cells.Should().HaveCount(machine.Count);
        string[] levels = [IndicatorValue.Region, IndicatorValue.Municipality, IndicatorValue.Organization];
        var bySheet = machine.OrderBy(r => System.Array.IndexOf(levels, r["level"])).ToList();
        for (var i = 0; i < bySheet.Count; i++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var expected = bySheet[i][columns[c]];
                var actual = cells[i][c];
                switch (actual)
                {
                    case null: expected.Should().BeEmpty(); break;
                    case bool b: expected.Should().Be(b ? "true" : "false"); break;
                    case double d: d.Should().BeApproximately(double.Parse(expected, CultureInfo.InvariantCulture), 1e-9, $"row {i} {columns[c]} is a number (the CSV rounds to ten decimals)"); break;
                    default: actual.Should().Be(expected); break;
                }
            }
        }
        ((double)cells[0][1]!).Should().Be(samples.Values[0].Year, "the year is a number, not text");

        using var document = SpreadsheetDocument.Open(xlsx, false);
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            part.Worksheet.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
            part.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value.Should().StartWith("A1:K");
        }
    }

    [Fact]
    public void TheGapsWorkbookHasTheGapsOfTheCsv()
    {
        var machine = Csv(Run("gaps", "--db", samples.Path_).Output);
        var xlsx = TempFile(".xlsx");
        Run("gaps", "--db", samples.Path_, "--format", "xlsx", "--out", xlsx).Code.Should().Be(0);
        var sheet = ReadWorkbook(xlsx).Single();
        sheet.Name.Should().Be("Разрывы");
        sheet.Rows.Should().HaveCount(machine.Count);
        var cv = machine.Select(r => r["cv"]).ToList();
        sheet.Rows.Select(r => r[9] is double d ? d.ToString("0.00########", CultureInfo.InvariantCulture) : "").Should().Equal(cv);
    }

    [Fact]
    public void TheParquetExportReadsBackWithHivePartitionsAsTheMartsPerYear()
    {
        var folder = Path.GetDirectoryName(TempFile(""))!;
        var run = Run("export", "--format", "parquet", "--db", samples.Path_, "--out", folder);
        run.Code.Should().Be(0, run.Error);
        Directory.GetDirectories(Path.Combine(folder, "mart_indicator")).Select(Path.GetFileName)
            .Should().BeEquivalentTo(samples.Values.Select(v => $"year={v.Year}").Distinct());

        var byYear = samples.Values.GroupBy(v => v.Year).ToDictionary(g => g.Key,
            g => (Rows: (long)g.Count(), Sum: g.Where(v => !v.Suppressed).Sum(v => v.Value ?? 0), Hidden: (long)g.Count(v => v.Suppressed)));
        using var lake = new DuckDBConnection("DataSource=:memory:");
        lake.Open();
        var read = lake.Query($"""
            SELECT year, count(*), coalesce(sum(value), 0), count(*) FILTER (WHERE suppressed), count(*) FILTER (WHERE suppressed AND value IS NOT NULL)
            FROM read_parquet('{folder}/mart_indicator/**/*.parquet', hive_partitioning = true) GROUP BY year ORDER BY year
            """, r => (Year: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Rows: r.GetInt64(1), Sum: r.GetDouble(2), Hidden: r.GetInt64(3), Leaked: r.GetInt64(4)));
        read.Should().HaveCount(byYear.Count);
        foreach (var y in read)
        {
            y.Rows.Should().Be(byYear[y.Year].Rows);
            y.Sum.Should().BeApproximately(byYear[y.Year].Sum, 1e-6);
            y.Hidden.Should().Be(byYear[y.Year].Hidden);
            y.Leaked.Should().Be(0);
        }
        lake.Scalar<long>($"SELECT count(*) FROM read_parquet('{folder}/mart_gap/**/*.parquet', hive_partitioning = true)").Should().Be(samples.Gaps.Count);
        lake.Scalar<long>($"SELECT count(*) FROM read_parquet('{folder}/dim_indicator/*.parquet')").Should().Be(IndicatorCatalog.All.Count);
    }

    [Fact]
    public void TheWarehouseIsSelfDescribingAndHoldsNoTableOutsideMain()
    {
        using var connection = new DuckDBConnection($"DataSource={samples.Path_};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var tables = connection.Query("SELECT schema_name, table_name, comment FROM duckdb_tables() WHERE database_name = current_database()",
            r => (Schema: r.GetString(0), Name: r.GetString(1), Comment: r.IsDBNull(2) ? null : r.GetString(2)));
        tables.Should().HaveCountGreaterThan(20);
        tables.Should().OnlyContain(t => t.Schema == "main");
        tables.Where(t => string.IsNullOrWhiteSpace(t.Comment)).Select(t => t.Name).Should().BeEmpty();
        var columns = connection.Query("SELECT table_name, column_name, comment FROM duckdb_columns() WHERE database_name = current_database()",
            r => (Table: r.GetString(0), Column: r.GetString(1), Comment: r.IsDBNull(2) ? null : r.GetString(2)));
        columns.Should().HaveCountGreaterThan(130);
        columns.Where(c => string.IsNullOrWhiteSpace(c.Comment)).Select(c => $"{c.Table}.{c.Column}").Should().BeEmpty();
        connection.Scalar<long>("SELECT count(*) FROM duckdb_views() WHERE NOT internal").Should().Be(0);
    }

    private static List<(string Name, List<object?[]> Rows)> ReadWorkbook(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheets = new List<(string, List<object?[]>)>();
        do
        {
            var rows = new List<object?[]>();
            var header = true;
            while (reader.Read())
            {
                if (header)
                {
                    reader.GetString(0).Should().Be("Показатель (код)");
                    header = false;
                    continue;
                }
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }
                rows.Add(row);
            }
            sheets.Add((reader.Name, rows));
        }
        while (reader.NextResult());
        return sheets;
    }
}
