using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Analytics.Contract;
using ExcelDataReader;

namespace Analytics.Etl.Reading;

/// <summary>
/// The first visible worksheet of an XLSX file (within the budgets of <see cref="XlsxBudget"/>), first row = header, read with ExcelDataReader. Cells come
/// out as the text a CSV would hold for them, by the kind of their column: numbers Excel stored
/// become their integer digits (never <c>7222597620.0</c> or <c>7.2E+09</c>), date cells and date
/// serials in date columns become <c>yyyy-MM-dd</c>, booleans <c>true</c>/<c>false</c>, a formula error its
/// text (<c>#N/A</c>; a formula without its value a mark: see <see cref="XlsxValuelessCells"/>).
/// </summary>
public sealed class XlsxRowSource : IDisposable
{
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;
    private readonly DateTime _dayZero;
    private readonly Dictionary<(long Row, int Column), string> _errors;

    /// <summary>Opens an XLSX file and reads its header row.</summary>
    public XlsxRowSource(string path)
    {
        TextEncodings.Register();
        XlsxBudget.Check(path);
        var (date1904, sheets, firstSheet) = Workbook(path);
        _dayZero = date1904 ? new DateTime(1904, 1, 1) : new DateTime(1899, 12, 30);
        _errors = firstSheet is null ? [] : XlsxValuelessCells.OfSheet(path, firstSheet);
        _stream = File.OpenRead(path);
        try
        {
            _reader = ExcelReaderFactory.CreateOpenXmlReader(_stream);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException)
        {
            _stream.Dispose();
            throw new FileRefusedException("файл не читается как XLSX (повреждён или другого формата)");
        }
        // The first visible sheet: a hidden or very hidden sheet holds lookups, not the data.
        while (_reader.VisibleState != "visible" && _reader.NextResult())
        {
        }
        var first = _reader.Name;
        if (_reader.VisibleState != "visible" || !_reader.Read())
        {
            // Only the first sheet is read (the contract); a data sheet behind an empty one is named.
            string? withData = null;
            while (withData is null && _reader.NextResult())
            {
                withData = _reader.VisibleState == "visible" && _reader.Read() ? _reader.Name : null;
            }
            Dispose();
            throw new FileRefusedException(withData is null ? "пустой лист: нет строки заголовка"
                : $"первый лист книги {Quoted(first, sheets)} пуст, а читается только первый лист; данные — на листе {Quoted(withData, sheets)}: сделайте его первым или удалите пустой лист", line: 1);
        }
        SheetName = Quoted(first, sheets);
        OtherSheets = [.. sheets.Where(name => name != first).Select(name => Quoted(name, sheets))];
        var header = new string[_reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = Convert.ToString(_reader.GetValue(i), CultureInfo.InvariantCulture)?.Trim() ?? "";
        }
        Header = header;
        Line = 1;
    }

    /// <summary>The sheet read (the first visible one), as a reason names it.</summary>
    public string SheetName { get; } = "";

    /// <summary>The workbook's other visible sheets, as a reason names them.</summary>
    public IReadOnlyList<string> OtherSheets { get; } = [];

    /// <summary>
    /// A sheet as a reason names it: «its name» as plain text, or by its place among <paramref name="sheets"/> when
    /// the name holds digits like a СНИЛС or a date (a person's sheet: no such digits reach a reason).
    /// </summary>
    private static string Quoted(string name, List<string> sheets) =>
        Loading.RecordedName.IsPersonal(name) ? $"лист {sheets.IndexOf(name) + 1} (его имя похоже на дату или СНИЛС)" : $"«{Loading.RecordedName.Plain(name)}»";

    /// <summary>The header row as written in the sheet.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The sheet row of the current row.</summary>
    public long Line { get; private set; }

    /// <summary>Moves to the next row; false at the end.</summary>
    public bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }
        Line++;
        return true;
    }

    /// <summary>Whether every cell of the current row is empty.</summary>
    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < _reader.FieldCount; i++)
            {
                if (_reader.GetValue(i) is { } v && (v is not string s || !string.IsNullOrWhiteSpace(s)))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>The cell at a header position as contract text for a column of <paramref name="kind"/>, or null when empty.</summary>
    public string? Text(int index, ValueKind kind)
    {
        if (index >= _reader.FieldCount)
        {
            return null;
        }
        if (_errors.Count > 0 && _errors.TryGetValue((Line, index), out var error))
        {
            // A formula error or a formula without its value has no value for the reader: its text, as a CSV holds it.
            return error;
        }
        var text = _reader.GetValue(index) switch
        {
            null => null,
            string s => s,
            DateTime t when kind is ValueKind.Date or ValueKind.BirthDate => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            // A date cell whose format the reader did not recognize: a serial of days from the
            // workbook's day zero (the reader applies the 1904 system only to cells it knows are dates).
            double serial when kind is ValueKind.Date or ValueKind.BirthDate && serial is >= 1 and < 73051 =>
                _dayZero.AddDays(Math.Floor(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double d => Number(d, _reader.GetNumberFormatString(index)),
            bool b => b ? "true" : "false",
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// The rows after the current one up to sheet row <paramref name="lastLine"/>, as text (moving
    /// the source on: for a file that is refused anyway).
    /// </summary>
    public IEnumerable<(long Line, IReadOnlyList<string> Fields)> RowsBelowHeader(int lastLine)
    {
        while (Line < lastLine && Read())
        {
            yield return (Line, [.. Enumerable.Range(0, _reader.FieldCount).Select(i => Text(i, ValueKind.Text) ?? "")]);
        }
    }

    /// <summary>A number cell as the text Excel shows for it, by its format (looked up once).</summary>
    private static string Number(double d, string? format) => d switch
    {
        // A percentage cell stores 0.855 and shows 85,5 %: the text a CSV saved from it holds.
        _ when Math.Abs(d) < 1e15 && IsPercentFormat(format) => ((decimal)d * 100).ToString("0.############", CultureInfo.InvariantCulture) + "%",
        // A whole number whose format is zeros alone («00000000») shows its leading zeros: a code.
        _ when d == Math.Floor(d) && Math.Abs(d) < 1e17 => ((decimal)d).ToString(ZeroPadding(format) ?? "0", CultureInfo.InvariantCulture),
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>A format of zeros alone (<c>00000000</c>, at most 20), which shows a number padded to its width; otherwise null.</summary>
    private static string? ZeroPadding(string? format) =>
        format is { Length: > 1 and <= 20 } && format.All(c => c == '0') ? format : null;

    /// <summary>Whether a number format shows its value in percent: a <c>%</c> outside quotes, not escaped.</summary>
    internal static bool IsPercentFormat(string? format)
    {
        if (format is null)
        {
            return false;
        }
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\':
                    i++;
                    break;
                case '%' when !quoted:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// What the workbook part says: whether it counts dates from 1904 (<c>workbookPr date1904</c>, Excel for
    /// Mac's old default), the names of its visible sheets, in order, and the relationship id of the first.
    /// </summary>
    private static (bool Date1904, List<string> VisibleSheets, string? FirstSheet) Workbook(string path)
    {
        var date1904 = false;
        var sheets = new List<string>();
        string? first = null;
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.FirstOrDefault(e => e.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return (date1904, sheets, first);
        }
        using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "workbookPr")
                {
                    date1904 = xml.GetAttribute("date1904") is "1" or "true";
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "sheet" && xml.GetAttribute("state") is null or "visible")
                {
                    sheets.Add(xml.GetAttribute("name") ?? "");
                    first ??= xml.GetAttribute("id", Relationships) ?? xml.GetAttribute("r:id");
                }
            }
        }
        catch (XmlException)
        {
            // A broken workbook part is the reader's to refuse.
        }
        return (date1904, sheets, first);
    }

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <inheritdoc />
    public void Dispose()
    {
        _reader?.Dispose();
        _stream.Dispose();
    }
}
