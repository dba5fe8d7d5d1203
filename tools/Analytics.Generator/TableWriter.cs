using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Analytics.Generator;

/// <summary>The dialect a generated file is written in.</summary>
/// <param name="Xlsx">XLSX (else CSV).</param>
/// <param name="Windows1251">CSV in Windows-1251 (else UTF-8).</param>
/// <param name="Bom">UTF-8 with BOM.</param>
/// <param name="Delimiter">CSV delimiter.</param>
/// <param name="RussianHeaders">Use the first Russian alias as header.</param>
/// <param name="RussianDates">dd.MM.yyyy (else yyyy-MM-dd).</param>
/// <param name="NumericSnils">XLSX only: write СНИЛС as a number, as Excel does when it guesses.</param>
public sealed record Dialect(bool Xlsx, bool Windows1251, bool Bom, char Delimiter, bool RussianHeaders, bool RussianDates, bool NumericSnils = false)
{
    /// <summary>The file extension.</summary>
    public string Extension => Xlsx ? ".xlsx" : ".csv";

    /// <summary>What Excel in a Russian locale writes: Windows-1251, ';', Russian headers, decimal comma.</summary>
    public static readonly Dialect RussianExcelCsv = new(false, true, false, ';', true, true);

    /// <summary>UTF-8, ',', English headers, ISO dates.</summary>
    public static readonly Dialect PlainCsv = new(false, false, false, ',', false, false);
}

/// <summary>Writes one generated table as CSV (streamed) or XLSX (MiniExcel) in a dialect.</summary>
public sealed class TableWriter : IDisposable
{
    private readonly string _path;
    private readonly Dialect _dialect;
    private readonly string[] _header;
    private readonly StreamWriter? _csv;
    private readonly List<Dictionary<string, object?>>? _rows;
    private readonly CultureInfo _numbers;

    /// <summary>Opens <paramref name="pathWithoutExtension"/> plus the dialect's extension.</summary>
    public TableWriter(string pathWithoutExtension, Dialect dialect, string[] header)
    {
        _path = pathWithoutExtension + dialect.Extension;
        _dialect = dialect;
        _header = header;
        _numbers = dialect.Delimiter == ';' ? CultureInfo.GetCultureInfo("ru-RU") : CultureInfo.InvariantCulture;
        if (dialect.Xlsx)
        {
            _rows = [];
        }
        else
        {
            Analytics.Etl.Reading.TextEncodings.Register();
            var encoding = dialect.Windows1251 ? Analytics.Etl.Reading.TextEncodings.Windows1251 : new UTF8Encoding(dialect.Bom);
            _csv = new StreamWriter(_path, false, encoding, 1 << 16) { NewLine = dialect.Windows1251 ? "\r\n" : "\n" };
            _csv.WriteLine(string.Join(dialect.Delimiter, header.Select(Quote)));
        }
    }

    /// <summary>Writes a row: strings, ints, doubles, bools, DateOnly, or <see cref="SnilsValue"/>.</summary>
    public void Write(params object?[] values)
    {
        if (_rows is not null)
        {
            var row = new Dictionary<string, object?>(_header.Length);
            for (var i = 0; i < _header.Length; i++)
            {
                row[_header[i]] = values[i] switch
                {
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    SnilsValue s when _dialect.NumericSnils => long.Parse(s.Digits, CultureInfo.InvariantCulture),
                    SnilsValue s => s.Formatted,
                    bool b => b ? "да" : "нет",
                    var v => v,
                };
            }
            _rows.Add(row);
            return;
        }
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(_dialect.Delimiter);
            }
            line.Append(Quote(values[i] switch
            {
                null => "",
                DateOnly d => d.ToString(_dialect.RussianDates ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
                double d => d.ToString("0.##", _numbers),
                bool b => _dialect.RussianHeaders ? (b ? "да" : "нет") : (b ? "true" : "false"),
                SnilsValue s => s.Formatted,
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString() ?? "",
            }));
        }
        _csv!.WriteLine(line);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_rows is not null)
        {
            MiniExcel.SaveAs(_path, _rows, overwriteFile: true);
        }
        _csv?.Dispose();
    }

    private string Quote(string value) =>
        value.AsSpan().IndexOfAny([_dialect.Delimiter, '"', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}

/// <summary>A СНИЛС cell: written formatted in CSV, or as a number in some XLSX files.</summary>
public sealed record SnilsValue(string Digits, string Formatted);
