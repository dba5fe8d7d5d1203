using System.Globalization;
using System.Text;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace Analytics.Warehouse.Exports;

/// <summary>A column of an export: name, Arrow type and how a row gives its value.</summary>
public sealed record ExportColumn<T>(string Name, IArrowType Type, Func<T, object?> Get);

/// <summary>
/// Writes rows as CSV (decimal point, no thousands separator, empty for null), JSON or an Arrow
/// IPC file, from one column declaration so the three formats cannot disagree.
/// </summary>
public static class TableExport
{
    /// <summary>Writes the rows in a format to a stream.</summary>
    public static void Write<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                WriteCsv(columns, rows, output);
                break;
            case ExportFormat.Json:
                WriteJson(columns, rows, output);
                break;
            default:
                WriteArrow(columns, rows.ToList(), output);
                break;
        }
    }

    /// <summary>A number as the exports write it: at least two decimals for values.</summary>
    public static string Value(double value) => value.ToString("0.00########", CultureInfo.InvariantCulture);

    /// <summary>A count or sum: integer digits when whole, else its decimals.</summary>
    public static string Amount(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static void WriteCsv<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', columns.Select(c => c.Name)));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', columns.Select(c => Csv(c.Get(row)))));
        }
    }

    private static string Csv(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        FormattedNumber n => n.Text,
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => CsvCell.Text(s),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
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
        }
        json.WriteEndArray();
    }

    private static void WriteArrow<T>(IReadOnlyList<ExportColumn<T>> columns, List<T> rows, Stream output)
    {
        var arrays = new List<IArrowArray>();
        foreach (var c in columns)
        {
            var values = rows.Select(c.Get).ToList();
            arrays.Add(c.Type switch
            {
                StringType => new StringArray.Builder().AppendRange(values.Select(v => (string?)v)).Build(),
                Int32Type => values.Aggregate(new Int32Array.Builder(), (b, v) => v is int i ? b.Append(i) : b.AppendNull()).Build(),
                DoubleType => values.Aggregate(new DoubleArray.Builder(), (b, v) => v is FormattedNumber n ? b.Append(n.Number) : b.AppendNull()).Build(),
                BooleanType => values.Aggregate(new BooleanArray.Builder(), (b, v) => v is bool x ? b.Append(x) : b.AppendNull()).Build(),
                _ => throw new NotSupportedException(c.Type.Name),
            });
        }
        var schema = new Schema(columns.Select(c => new Field(c.Name, c.Type, nullable: true)), null);
        using var batch = new RecordBatch(schema, arrays, rows.Count);
        using var writer = new ArrowFileWriter(output, schema, leaveOpen: true);
        writer.WriteRecordBatch(batch);
        writer.WriteEnd();
    }
}

/// <summary>A number with the text the CSV shows for it.</summary>
public sealed record FormattedNumber(double Number, string Text);
