using ExcelDataReader;

namespace Analytics.Etl.Reading;

/// <summary>The first worksheet of an XLSX file, first row = header, read with ExcelDataReader.</summary>
public sealed class XlsxRowSource : IRowSource
{
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;
    private readonly object?[] _cells;

    /// <summary>Opens an XLSX file.</summary>
    public XlsxRowSource(string path)
    {
        TextEncodings.Register();
        _stream = File.OpenRead(path);
        try
        {
            _reader = ExcelReaderFactory.CreateOpenXmlReader(_stream);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException)
        {
            _stream.Dispose();
            throw new FileRefusedException("файл не читается как XLSX: " + e.Message);
        }
        if (!_reader.Read())
        {
            Dispose();
            throw new FileRefusedException("пустой лист: нет строки заголовка", line: 1);
        }
        var header = new string[_reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = Convert.ToString(_reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "";
        }
        Header = header;
        _cells = new object?[header.Length];
        Line = 1;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Header { get; }

    /// <inheritdoc />
    public long Line { get; private set; }

    /// <inheritdoc />
    public bool IsBlank { get; private set; }

    /// <inheritdoc />
    public bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }
        Line++;
        IsBlank = true;
        var n = Math.Min(_cells.Length, _reader.FieldCount);
        for (var i = 0; i < _cells.Length; i++)
        {
            var value = i < n ? _reader.GetValue(i) : null;
            if (value is string s)
            {
                s = s.Trim();
                value = s.Length == 0 ? null : s;
            }
            _cells[i] = value;
            if (value is not null)
            {
                IsBlank = false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public object? Cell(int index) => index < _cells.Length ? _cells[index] : null;

    /// <inheritdoc />
    public void Dispose()
    {
        _reader?.Dispose();
        _stream.Dispose();
    }
}
