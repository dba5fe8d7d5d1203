using System.Text;
using Sylvan.Data.Csv;

namespace Analytics.Etl.Reading;

/// <summary>
/// A CSV file read with Sylvan: encoding (UTF-8 with or without BOM, else Windows-1251),
/// delimiter detected from the header line, RFC 4180 quoting. Line numbers are physical lines,
/// counting line breaks inside quoted fields.
/// </summary>
public sealed class CsvRowSource : IRowSource
{
    private readonly CsvDataReader _reader;
    private long _nextLine;
    private bool _blank;

    /// <summary>Opens a CSV file.</summary>
    public CsvRowSource(string path, bool isUtf8)
    {
        var encoding = isUtf8 ? TextEncodings.Utf8 : TextEncodings.Windows1251;
        var delimiter = DetectDelimiter(path, encoding);
        var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: isUtf8, bufferSize: 1 << 16);
        try
        {
            _reader = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                Delimiter = delimiter,
                HasHeaders = true,
                Comment = '\0', // a line starting with '#' is data, not a comment
                BufferSize = 1 << 16,
                MaxBufferSize = 1 << 24,
            });
        }
        catch (CsvFormatException e)
        {
            text.Dispose();
            throw new FileRefusedException("файл не читается как CSV: " + e.Message);
        }
        var header = new string[_reader.FieldCount];
        long headerBreaks = 0;
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = _reader.GetName(i);
            headerBreaks += header[i].AsSpan().Count('\n');
        }
        Header = header;
        _nextLine = 2 + headerBreaks;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Header { get; }

    /// <inheritdoc />
    public long Line { get; private set; }

    /// <inheritdoc />
    public bool IsBlank => _blank;

    /// <inheritdoc />
    public bool Read()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            throw new FileRefusedException("нарушена структура CSV (кавычки): " + e.Message, line: _nextLine);
        }
        Line = _nextLine;
        long breaks = 0;
        _blank = true;
        var count = _reader.RowFieldCount;
        for (var i = 0; i < count; i++)
        {
            var span = _reader.GetFieldSpan(i);
            if (span.Length == 0)
            {
                continue;
            }
            breaks += span.Count('\n');
            if (_blank && !span.IsWhiteSpace())
            {
                _blank = false;
            }
        }
        _nextLine += 1 + breaks;
        return true;
    }

    /// <inheritdoc />
    public object? Cell(int index)
    {
        if (index >= _reader.RowFieldCount)
        {
            return null;
        }
        var span = _reader.GetFieldSpan(index).Trim();
        return span.Length == 0 ? null : span.ToString();
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    /// <summary>The delimiter of the header line: whichever of ';' and ',' occurs more outside quotes.</summary>
    public static char DetectDelimiter(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var line = new StringBuilder();
        var quoted = false;
        int semicolons = 0, commas = 0, c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (ch == '\n' || ch == '\r'))
            {
                break;
            }
            else if (!quoted && ch == ';')
            {
                semicolons++;
            }
            else if (!quoted && ch == ',')
            {
                commas++;
            }
            line.Append(ch);
        }
        if (line.Length == 0)
        {
            throw new FileRefusedException("пустой файл: нет строки заголовка", line: 1);
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
