using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Analytics.Etl.Reading;

/// <summary>An XLSX file over one of the reading budgets: refused with the budget it exceeds.</summary>
public sealed class XlsxBudgetException(string reason) : Exception(reason);

/// <summary>
/// The budgets an XLSX file must keep before its reader loads it (the reader holds the shared
/// strings in memory and walks every row number): decompressed size, shared strings, the length
/// of a cell's text, the row numbers. Checked by streaming the package's XML once, so a bomb is
/// refused after reading at most the budget, never held in memory.
/// </summary>
public static class XlsxBudget
{
    /// <summary>The decompressed bytes of the whole package.</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>Shared strings (Excel's own limit on rows is 1,048,576; a sheet of them all distinct in 20 columns stays far below).</summary>
    public const int MaxSharedStrings = 5_000_000;

    /// <summary>Characters in one cell: Excel's own limit.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Row number: Excel's own limit.</summary>
    public const long MaxRow = 1_048_576;

    /// <summary>Throws <see cref="XlsxBudgetException"/> when the package at <paramref name="path"/> exceeds a budget.</summary>
    public static void Check(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
        }
        if (total > MaxBytes)
        {
            throw new XlsxBudgetException($"файл XLSX слишком велик в распакованном виде: больше {MaxBytes >> 20} МБ");
        }
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            var strings = entry.FullName.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
            var sheet = entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);
            if (strings || sheet)
            {
                Stream(entry, strings);
            }
        }
    }

    private static void Stream(ZipArchiveEntry entry, bool strings)
    {
        using var stream = new Budgeted(entry.Open(), Math.Max(entry.Length, 1) + 1);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, XmlResolver = null });
        var count = 0;
        var buffer = new char[4096];
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && strings && xml.LocalName == "si" && ++count > MaxSharedStrings)
            {
                throw new XlsxBudgetException($"в файле XLSX больше {MaxSharedStrings.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')} строк общего словаря");
            }
            if (xml.NodeType == XmlNodeType.Element && !strings && xml.LocalName == "row"
                && xml.GetAttribute("r") is { } r && (!long.TryParse(r, out var row) || row > MaxRow))
            {
                throw new XlsxBudgetException($"номер строки листа больше {MaxRow}: такой лист Excel не создаёт");
            }
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                long length = 0;
                int n;
                while ((n = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    length += n;
                    if (length > MaxCellLength)
                    {
                        throw new XlsxBudgetException($"ячейка XLSX длиннее {MaxCellLength} знаков (предел Excel)");
                    }
                }
            }
        }
    }

    /// <summary>A stream that refuses to give more bytes than the entry declares (a lying header).</summary>
    private sealed class Budgeted(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            return _read > limit ? throw new XlsxBudgetException("файл XLSX повреждён: распакованный размер больше заявленного") : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
