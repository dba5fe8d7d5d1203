using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Etl.Tests.Support;

/// <summary>
/// Writes an XLSX with the Open XML SDK — a different library from the reader (ExcelDataReader)
/// and from the generator's writer (MiniExcel) — with real number, date and boolean cells.
/// </summary>
public static class OpenXmlSheet
{
    /// <summary>Days between the two date systems' day zero (1899-12-30 and 1904-01-01).</summary>
    public const int Days1900To1904 = 1462;

    /// <summary>
    /// Writes the rows (first = header) to the first sheet; with <paramref name="date1904"/> the
    /// workbook counts dates from 1904 (Excel for Mac's old default), its date cells included.
    /// </summary>
    public static void Write(string path, IEnumerable<object?[]> rows, bool date1904 = false) =>
        WriteSheets(path, date1904, ("Лист1", rows));

    /// <summary>Writes a workbook of several sheets, in order (the first is the one the contract reads).</summary>
    public static void WriteSheets(string path, bool date1904, params (string Name, IEnumerable<object?[]> Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = date1904 ? new Workbook(new WorkbookProperties { Date1904 = true }) : new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "00000000" }) { Count = 2 },
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }, // 14 = the built-in short date
                new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }, // 10 = the built-in 0.00%
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }, // the custom 0.0%
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })); // the custom 00000000
        var list = new Sheets();
        uint sheetId = 0;
        foreach (var (name, rows) in sheets)
        {
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(Data(rows, date1904));
            list.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = ++sheetId, Name = name });
        }
        workbook.Workbook.AppendChild(list);
        workbook.Workbook.Save();
    }

    private static SheetData Data(IEnumerable<object?[]> rows, bool date1904)
    {
        var data = new SheetData();
        uint rowIndex = 0;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = ++rowIndex };
            foreach (var value in values)
            {
                row.Append(value switch
                {
                    null => new Cell(),
                    string s => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) },
                    DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate() - (date1904 ? Days1900To1904 : 0)), StyleIndex = 1 },
                    bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b) },
                    ZeroPadded z => new Cell { CellValue = new CellValue((double)z.Value), StyleIndex = 4 },
                    Percent p => new Cell { CellValue = new CellValue(p.Fraction), StyleIndex = p.Custom ? 3u : 2u },
                    double n => new Cell { CellValue = new CellValue(n) },
                    long n => new Cell { CellValue = new CellValue((double)n) },
                    int n => new Cell { CellValue = new CellValue(n) },
                    _ => throw new ArgumentException(value.GetType().Name),
                });
            }
            data.Append(row);
        }
        return data;
    }
}

/// <summary>A number cell formatted as a percentage: Excel stores 0.855 and shows 85,5 % (built-in 0.00% or the custom 0.0%).</summary>
public readonly record struct Percent(double Fraction, bool Custom = false);

/// <summary>A number cell formatted <c>00000000</c>: Excel stores 7701000 and shows 07701000 (a code with its leading zero).</summary>
public readonly record struct ZeroPadded(long Value);
