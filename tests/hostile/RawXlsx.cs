using System.IO.Compression;
using System.Text;

namespace Analytics.Etl.Tests.Hostile;

/// <summary>
/// Writes XLSX packages by hand, part by part, so a test can build what no spreadsheet program
/// writes: a bomb of a cell, millions of shared strings, a row numbered two billion, broken XML,
/// a hidden first sheet. Nothing large is kept in git: the parts are streamed into the zip.
/// </summary>
public static class RawXlsx
{
    /// <summary>A sheet: its name, whether hidden, and a writer of its sheetData's rows.</summary>
    public sealed record Sheet(string Name, bool Hidden, Action<TextWriter> Rows);

    /// <summary>Writes the package; <paramref name="sharedStrings"/> writes the &lt;si&gt; elements when given.</summary>
    public static void Write(string path, IReadOnlyList<Sheet> sheets, Action<TextWriter>? sharedStrings = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, Action<TextWriter> write)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            write(writer);
        }
        Part("[Content_Types].xml", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
            (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") +
            "</Types>"));
        Part("_rels/.rels", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Part("xl/workbook.xml", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
            string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\"{(s.Hidden ? " state=\"hidden\"" : "")} r:id=\"rId{i + 1}\"/>")) +
            "</sheets></workbook>"));
        Part("xl/_rels/workbook.xml.rels", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) +
            (sharedStrings is null ? "" : $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
            "</Relationships>"));
        foreach (var (sheet, i) in sheets.Select((s, i) => (s, i)))
        {
            Part($"xl/worksheets/sheet{i + 1}.xml", w =>
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                sheet.Rows(w);
                w.Write("</sheetData></worksheet>");
            });
        }
        if (sharedStrings is not null)
        {
            Part("xl/sharedStrings.xml", w =>
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                sharedStrings(w);
                w.Write("</sst>");
            });
        }
    }

    /// <summary>A row of inline-string cells.</summary>
    public static string Row(long number, params string[] cells) =>
        $"<row r=\"{number}\">" + string.Concat(cells.Select(c => $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>";
}
