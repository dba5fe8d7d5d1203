using System.Globalization;
using System.Text;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace Analytics.Warehouse.Exports;

/// <summary>A column of an export: its machine name, its Russian caption, its Arrow type and how a row gives its value.</summary>
public sealed record ExportColumn<T>(string Name, string Caption, IArrowType Type, Func<T, object?> Get);

/// <summary>How a number is shown: a value (two decimals at least) or an amount (a count or a sum).</summary>
public enum NumberStyle
{
    /// <summary>An indicator value or a statistic: at least two decimals.</summary>
    Value,
    /// <summary>A count or a sum: integer digits when whole.</summary>
    Amount,
}

/// <summary>A number with the text the machine CSV shows for it.</summary>
public sealed record FormattedNumber(double Number, string Text, NumberStyle Style);

/// <summary>
/// Writes rows as CSV (machine or Russian dialect), JSON, an Arrow IPC file or an XLSX workbook,
/// from one column declaration so that the formats cannot disagree. Rows are streamed: the
/// organization level of a national warehouse never sits in memory whole.
/// </summary>
public static class TableExport
{
    private const int ArrowBatch = 65_536;

    /// <summary>Writes the rows in a format to a stream (XLSX: one sheet; see <see cref="XlsxExport"/> for several).</summary>
    public static void Write<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, ExportFormat format, Stream output, CsvDialect dialect = CsvDialect.Machine, string sheet = "Данные")
    {
        switch (format)
        {
            case ExportFormat.Csv:
                WriteCsv(columns, rows, output, dialect);
                break;
            case ExportFormat.Json:
                WriteJson(columns, rows, output);
                break;
            case ExportFormat.Xlsx:
                XlsxExport.Write(columns, [(sheet, rows)], output);
                break;
            default:
                WriteArrow(columns, rows, output);
                break;
        }
    }

    /// <summary>A number as the exports write it: at least two decimals for values.</summary>
    public static string Value(double value) => value.ToString("0.00########", CultureInfo.InvariantCulture);

    /// <summary>A count or sum: integer digits when whole, else its decimals.</summary>
    public static string Amount(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static void WriteCsv<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, Stream output, CsvDialect dialect)
    {
        var ru = dialect == CsvDialect.Ru;
        var delimiter = ru ? ';' : ',';
        if (ru)
        {
            // Written here: a StreamWriter leaves the preamble out on a stream it cannot seek (standard output).
            output.Write(Encoding.UTF8.Preamble);
        }
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = ru ? "\r\n" : "\n" };
        writer.WriteLine(string.Join(delimiter, columns.Select(c => CsvCell.Text(ru ? c.Caption : c.Name, delimiter))));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(delimiter, columns.Select(c => Csv(c.Get(row), delimiter, ru))));
        }
    }

    private static string Csv(object? value, char delimiter, bool ru) => value switch
    {
        null => "",
        bool b => ru ? (b ? "да" : "нет") : (b ? "true" : "false"),
        FormattedNumber n => ru ? n.Text.Replace('.', ',') : n.Text,
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => CsvCell.Text(s, delimiter),
        _ => CsvCell.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", delimiter),
    };

    private static void WriteJson<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartObject();
            foreach (var c in columns)
            {
                switch (c.Get(row))
                {
                    case null: json.WriteNull(c.Name); break;
                    case bool b: json.WriteBoolean(c.Name, b); break;
                    case int i: json.WriteNumber(c.Name, i); break;
                    case FormattedNumber n: json.WriteNumber(c.Name, n.Number); break;
                    case var v: json.WriteString(c.Name, Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                }
            }
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }
        json.WriteEndArray();
    }

    private static void WriteArrow<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, Stream output)
    {
        var schema = new Schema(columns.Select(c => new Field(c.Name, c.Type, nullable: true)), null);
        using var writer = new ArrowFileWriter(output, schema, leaveOpen: true);
        foreach (var chunk in rows.Chunk(ArrowBatch))
        {
            using var batch = Batch(columns, schema, chunk);
            writer.WriteRecordBatch(batch);
        }
        writer.WriteEnd();
    }

    private static RecordBatch Batch<T>(IReadOnlyList<ExportColumn<T>> columns, Schema schema, T[] rows)
    {
        var arrays = new List<IArrowArray>();
        foreach (var c in columns)
        {
            var values = rows.Select(c.Get);
            arrays.Add(c.Type switch
            {
                StringType => new StringArray.Builder().AppendRange(values.Select(v => (string?)v)).Build(),
                Int32Type => values.Aggregate(new Int32Array.Builder(), (b, v) => v is int i ? b.Append(i) : b.AppendNull()).Build(),
                DoubleType => values.Aggregate(new DoubleArray.Builder(), (b, v) => v is FormattedNumber n ? b.Append(n.Number) : b.AppendNull()).Build(),
                BooleanType => values.Aggregate(new BooleanArray.Builder(), (b, v) => v is bool x ? b.Append(x) : b.AppendNull()).Build(),
                _ => throw new NotSupportedException(c.Type.Name),
            });
        }
        return new RecordBatch(schema, arrays, rows.Length);
    }
}
