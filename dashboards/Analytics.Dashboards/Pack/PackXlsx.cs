using System.Globalization;
using Analytics.Warehouse.Exports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// The workbook behind the pack: a sheet «О файле», one sheet per table of the pack (the
/// methodology among them), «Рекомендации» (the year's set as a table), and «Все значения» — every indicator × territory × year. Numbers are
/// numbers with display formats the spreadsheet shows in its locale; a bold frozen header with
/// an autofilter; columns as wide as their text; a suppressed figure is an empty cell with a note.
/// </summary>
public static class PackXlsx
{
    // Cell formats of the stylesheet, by index.
    private const uint Header = 1, Plain = 2, Whole = 3, OneDecimal = 4, ThreeDecimals = 5, Bold = 6, SignedWhole = 7, SignedOneDecimal = 8,
        TwoDecimals = 9, GroupedThreeDecimals = 10, FourDecimals = 11, ShortDate = 12;

    /// <summary>Writes the workbook.</summary>
    public static void Write(PackDocument pack, Stream output, DateTime made)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = new Sheets();
        var names = new DefinedNames();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        About(workbook, sheets, pack, made, used);
        var tables = pack.Sections.SelectMany(s => s.Blocks.OfType<PackTable>()).Append(pack.Recommendations).Append(pack.AllValues);
        foreach (var table in tables)
        {
            var name = Unique(SheetName(table.Sheet), used);
            var part = workbook.AddNewPart<WorksheetPart>();
            var (rows, columns) = WriteTable(part, table);
            var index = (uint)sheets.ChildElements.Count;
            sheets.Append(new Sheet { Name = name, SheetId = index + 1, Id = workbook.GetIdOfPart(part) });
            names.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${XlsxExport.ColumnName(columns - 1)}${rows + 1}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = index,
                Hidden = true,
            });
        }
        workbook.Workbook = new Workbook(sheets, names);
        workbook.Workbook.Save();
    }

    private static void About(WorkbookPart workbook, Sheets sheets, PackDocument pack, DateTime made, HashSet<string> used)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = true }));
            writer.WriteElement(new Columns(new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 90, CustomWidth = true }));
            writer.WriteStartElement(new SheetData());
            (string, string)[] lines =
            [
                ("Документ", pack.Title), ("Тема", pack.Subject), ("Территория", pack.MunicipalityName ?? "регион"), ("Год", pack.Year.ToString(CultureInfo.InvariantCulture)),
                ("Организация", pack.Organization), ("Мероприятие", pack.Meeting), ("Подготовил", pack.Author),
                ("Данные на", pack.AsOf is { } a ? RussianFormat.Date(a) : "—"), ("Сформировано", RussianFormat.Date(made)),
                ("Пустые ячейки значений", "значение скрыто: рассчитано по слишком малому числу человек (см. столбец «Примечание» и лист «Методика»)"),
            ];
            var row = 1u;
            foreach (var (caption, value) in lines)
            {
                writer.WriteStartElement(new Row { RowIndex = row++ });
                WriteText(writer, caption, Bold);
                WriteText(writer, value, Plain);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        sheets.Append(new Sheet { Name = Unique("О файле", used), SheetId = 1, Id = workbook.GetIdOfPart(part) });
    }

    /// <summary>Writes a table's sheet (its workbook columns and rows); returns how many rows and columns it has.</summary>
    private static (int Rows, int Columns) WriteTable(WorksheetPart part, PackTable table)
    {
        var columns = table.WorkbookColumns;
        var tableRows = table.WorkbookRows;
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = Math.Clamp(tableRows.Select(r => r[i].Text.Length).Append(c.FullCaption.Length).Max() + 2, 8, 80),
            CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        foreach (var column in columns)
        {
            WriteText(writer, column.FullCaption, Header);
        }
        writer.WriteEndElement();
        var index = 2u;
        var notes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in tableRows)
        {
            writer.WriteStartElement(new Row { RowIndex = index++ });
            foreach (var cell in row)
            {
                if (cell.Number is { } number)
                {
                    writer.WriteElement(new Cell(new CellValue(number.ToString("R", CultureInfo.InvariantCulture))) { StyleIndex = Style(cell.Format) });
                }
                else if (cell.Note is { } note)
                {
                    notes.Add(note);
                    writer.WriteElement(new Cell());
                }
                else
                {
                    WriteText(writer, cell.Text, Plain);
                }
            }
            writer.WriteEndElement();
        }
        var written = tableRows.Count;
        if (notes.Count > 0 && !columns.Any(c => c.Caption == "Примечание"))
        {
            index++;
            writer.WriteStartElement(new Row { RowIndex = index });
            WriteText(writer, "Пустая ячейка — " + string.Join("; ", notes) + ".", Plain);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{XlsxExport.ColumnName(columns.Count - 1)}{written + 1}" });
        writer.WriteEndElement();
        return (written, columns.Count);
    }

    private static uint Style(string? format) => format switch
    {
        Cells.Whole => Whole,
        Cells.OneDecimal => OneDecimal,
        Cells.ThreeDecimals => ThreeDecimals,
        Cells.SignedWhole => SignedWhole,
        Cells.SignedOneDecimal => SignedOneDecimal,
        Cells.TwoDecimals => TwoDecimals,
        Cells.GroupedThreeDecimals => GroupedThreeDecimals,
        Cells.FourDecimals => FourDecimals,
        Cells.ShortDate => ShortDate,
        _ => Plain,
    };

    private static void WriteText(OpenXmlWriter writer, string text, uint style) =>
        writer.WriteElement(new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style });

    /// <summary>A sheet name the format accepts: at most 31 characters, none of []:*?/\.</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray()).Trim('\'', ' ');
        return clean.Length == 0 ? "Лист" : clean.Length > 31 ? clean[..31] : clean;
    }

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }

    /// <summary>Fonts (regular, bold), the required fills, one border; formats: general, 0, #,##0, #,##0.0, 0.000, signed, two to four decimals, and the short date.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = Cells.OneDecimal },
            new NumberingFormat { NumberFormatId = 165, FormatCode = Cells.ThreeDecimals },
            new NumberingFormat { NumberFormatId = 166, FormatCode = Cells.SignedWhole },
            new NumberingFormat { NumberFormatId = 167, FormatCode = Cells.SignedOneDecimal },
            new NumberingFormat { NumberFormatId = 168, FormatCode = Cells.TwoDecimals },
            new NumberingFormat { NumberFormatId = 169, FormatCode = Cells.GroupedThreeDecimals },
            new NumberingFormat { NumberFormatId = 170, FormatCode = Cells.FourDecimals })
        { Count = 7 },
        new Fonts(new Font(), new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(),
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 168, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 169, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 170, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true })
        { Count = 13 });
}
