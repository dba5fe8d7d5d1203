using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Warehouse.Exports;

/// <summary>
/// Writes rows as an XLSX workbook that a Russian spreadsheet shows ready to work with: a sheet per
/// part, the Russian captions as a bold frozen header with an autofilter, numbers stored as numbers
/// with display formats that the spreadsheet renders in its own locale (<c># ##0,00</c> in a
/// Russian one), booleans as booleans, text as text (never a formula). Streamed row by row (the
/// SAX writer of DocumentFormat.OpenXml); a part longer than a sheet allows continues on the next
/// sheet, «Организации (2)».
/// </summary>
public static class XlsxExport
{
    /// <summary>The data rows one sheet holds (the format's 1 048 576 rows less the header).</summary>
    public const int MaxRowsPerSheet = 1_048_575;

    // Cell formats of the stylesheet below, by index.
    private const uint Header = 1, Integer = 2, Amount = 3, Decimal = 4;

    /// <summary>Writes one sheet per part (an empty part still gets its sheet with the header).</summary>
    public static void Write<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<(string Name, IEnumerable<T> Rows)> parts, Stream output, int maxRowsPerSheet = MaxRowsPerSheet)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = new Sheets();
        var filters = new DefinedNames();
        foreach (var (name, rows) in parts)
        {
            using var enumerator = rows.GetEnumerator();
            var more = enumerator.MoveNext();
            var continuation = 1;
            do
            {
                var sheetName = continuation == 1 ? name : $"{name} ({continuation})";
                var part = workbook.AddNewPart<WorksheetPart>();
                var written = WriteSheet(part, columns, enumerator, ref more, maxRowsPerSheet, sheets.ChildElements.Count == 0);
                var index = (uint)sheets.ChildElements.Count;
                sheets.Append(new Sheet { Name = sheetName, SheetId = index + 1, Id = workbook.GetIdOfPart(part) });
                filters.Append(new DefinedName($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${ColumnName(columns.Count - 1)}${written + 1}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = index,
                    Hidden = true,
                });
                continuation++;
            }
            while (more);
        }
        workbook.Workbook = new Workbook(sheets, filters);
        workbook.Workbook.Save();
    }

    private static int WriteSheet<T>(WorksheetPart part, IReadOnlyList<ExportColumn<T>> columns, IEnumerator<T> rows, ref bool more, int maxRows, bool selected)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = selected }));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = Math.Clamp(c.Caption.Length + 4, 10, 48),
            CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        foreach (var column in columns)
        {
            WriteText(writer, column.Caption, Header);
        }
        writer.WriteEndElement();
        var written = 0;
        while (more && written < maxRows)
        {
            var row = rows.Current;
            writer.WriteStartElement(new Row { RowIndex = (uint)written + 2 });
            foreach (var column in columns)
            {
                WriteCell(writer, column.Get(row));
            }
            writer.WriteEndElement();
            written++;
            more = rows.MoveNext();
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns.Count - 1)}{written + 1}" });
        writer.WriteEndElement();
        return written;
    }

    private static void WriteCell(OpenXmlWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteElement(new Cell());
                break;
            case bool b:
                writer.WriteElement(new Cell(new CellValue(b ? "1" : "0")) { DataType = CellValues.Boolean });
                break;
            case int i:
                writer.WriteElement(new Cell(new CellValue(i.ToString(CultureInfo.InvariantCulture))) { StyleIndex = Integer });
                break;
            case FormattedNumber n:
                var style = n.Style == NumberStyle.Value || n.Number != Math.Floor(n.Number) ? Decimal : Amount;
                writer.WriteElement(new Cell(new CellValue(n.Number.ToString("R", CultureInfo.InvariantCulture))) { StyleIndex = style });
                break;
            default:
                WriteText(writer, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0);
                break;
        }
    }

    private static void WriteText(OpenXmlWriter writer, string text, uint style) =>
        writer.WriteElement(new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        });

    /// <summary>A, B, …, Z, AA, … for a zero-based column index.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>Fonts (regular, bold), the two fills the format requires, one border, and the cell formats by the built-in number formats 1 (0), 3 (#,##0), 4 (#,##0.00).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true })
        { Count = 5 });
}
