using System.Text.Json.Nodes;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// The collegium pack as content, independent of its format: the PDF (through the print page),
/// the DOCX analytical note and the XLSX workbook are three renderings of one <see cref="PackDocument"/>.
/// </summary>
public sealed record PackDocument(
    string Title,
    string Subject,
    int Year,
    string? MunicipalityCode,
    string? MunicipalityName,
    string Organization,
    string Meeting,
    string Author,
    DateTime? AsOf,
    IReadOnlyList<PackSection> Sections,
    PackTable AllValues,
    PackTable Recommendations)
{
    /// <summary>The running header of the printed pages.</summary>
    public string RunningHeader => MunicipalityName is null ? $"{Title} · {Year} год" : $"{Title} · {MunicipalityName} · {Year} год";
}

/// <summary>A numbered section of the pack; an appendix is not numbered.</summary>
public sealed record PackSection(string Title, IReadOnlyList<PackBlock> Blocks, bool Appendix = false);

/// <summary>A part of a section.</summary>
public abstract record PackBlock;

/// <summary>A paragraph of connected text.</summary>
public sealed record PackParagraph(string Text) : PackBlock;

/// <summary>A heading inside a section.</summary>
public sealed record PackSubheading(string Text) : PackBlock;

/// <summary>A numbered list (recommendations, the draft decision).</summary>
public sealed record PackList(IReadOnlyList<string> Items, bool Numbered = true) : PackBlock;

/// <summary>
/// A chart: the Plotly figure the site would show, rendered to a picture of <paramref name="WidthMm"/>
/// × <paramref name="HeightMm"/>; a wide chart gets a landscape page in the PDF.
/// </summary>
public sealed record PackChart(string Key, string Caption, JsonNode Figure, double WidthMm, double HeightMm, bool Landscape = false) : PackBlock;

/// <summary>
/// A column of a table; columns side by side with the same <paramref name="Group"/> are printed under one
/// heading above their captions («С рекомендацией»: «МО», «Изменение в среднем», …).
/// </summary>
public sealed record PackColumn(string Caption, bool Numeric = false, string? Group = null)
{
    /// <summary>
    /// The unit of a column whose printed cells carry it («17,0 %»): said only in the workbook's caption, whose cells are
    /// bare numbers, so the print does not read «2025, %» over «17,0 %».
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>The caption with its group and unit, for a header of one row (a workbook's): «МО (с рекомендацией)», «2025, %».</summary>
    public string FullCaption => (Group is null ? Caption : $"{Caption} ({char.ToLowerInvariant(Group[0])}{Group[1..]})") + (Unit is null ? "" : ", " + Unit);
}

/// <summary>A cell of a printed table's header: its text, the first column it covers, and how many columns and rows.</summary>
public sealed record PackHeaderCell(string Text, int Column, int Columns, int Rows, bool Numeric);

/// <summary>
/// A cell: the text as printed, and where it is a figure the number and its spreadsheet format
/// (a suppressed or missing figure has no number; <paramref name="Note"/> says why).
/// </summary>
public sealed record PackCell(string Text, double? Number = null, string? Format = null, string? Note = null)
{
    /// <summary>Text only.</summary>
    public static implicit operator PackCell(string text) => new(text);
}

/// <summary>
/// A table; <paramref name="Sheet"/> names its sheet in the workbook, which holds all
/// <paramref name="Rows"/>; <paramref name="Printed"/>, when given, are the rows the PDF and the DOCX
/// print instead (a national table of 2 300 municipalities is a workbook sheet, not 60 pages).
/// </summary>
public sealed record PackTable(string Sheet, IReadOnlyList<PackColumn> Columns, IReadOnlyList<IReadOnlyList<PackCell>> Rows,
    IReadOnlyList<IReadOnlyList<PackCell>>? Printed = null) : PackBlock
{
    /// <summary>The rows of the printed documents.</summary>
    public IReadOnlyList<IReadOnlyList<PackCell>> PrintedRows => Printed ?? Rows;

    /// <summary>
    /// The unit of each row's figures, parallel to <see cref="Rows"/>, for a table whose rows are indicators of different
    /// units («%», «чел.»): the printed cells carry their units («73,8 %», «257 чел.»), the workbook's are bare numbers, so
    /// the workbook gets them as a column «Единица» after the first (<see cref="WorkbookColumns"/>).
    /// </summary>
    public IReadOnlyList<string>? Units { get; init; }

    /// <summary>The caption of the workbook's unit column.</summary>
    public const string UnitCaption = "Единица";

    /// <summary>The workbook's columns: the table's, with the unit column after the first when the rows have units.</summary>
    public IReadOnlyList<PackColumn> WorkbookColumns => Units is null ? Columns : [Columns[0], new(UnitCaption), .. Columns.Skip(1)];

    /// <summary>The workbook's rows: every row, with its unit after the first cell when the rows have units.</summary>
    public IReadOnlyList<IReadOnlyList<PackCell>> WorkbookRows => Units is null
        ? Rows
        : Rows.Select((row, i) => (IReadOnlyList<PackCell>)[row[0], Units[i], .. row.Skip(1)]).ToList();

    /// <summary>Whether a block appears in the printed documents (a table whose printed rows are none does not).</summary>
    public static bool IsPrinted(PackBlock block) => block is not PackTable { Printed.Count: 0 };

    /// <summary>
    /// The printed header: one row of captions, or, when columns are grouped, a row of group headings
    /// (an ungrouped column's caption spanning both rows) above a row of the grouped columns' captions.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<PackHeaderCell>> HeaderRows()
    {
        if (Columns.All(c => c.Group is null))
        {
            return [Columns.Select((c, i) => new PackHeaderCell(c.Caption, i, 1, 1, c.Numeric)).ToList()];
        }
        var top = new List<PackHeaderCell>();
        var bottom = new List<PackHeaderCell>();
        for (var i = 0; i < Columns.Count;)
        {
            var column = Columns[i];
            if (column.Group is null)
            {
                top.Add(new PackHeaderCell(column.Caption, i, 1, 2, column.Numeric));
                i++;
                continue;
            }
            var span = Columns.Skip(i).TakeWhile(c => c.Group == column.Group).Count();
            top.Add(new PackHeaderCell(column.Group, i, span, 1, false));
            bottom.AddRange(Columns.Skip(i).Take(span).Select((c, k) => new PackHeaderCell(c.Caption, i + k, 1, 1, c.Numeric)));
            i += span;
        }
        return [top, bottom];
    }

    /// <summary>
    /// The share of the text width each column gets (summing to 1), from its caption and printed texts, and
    /// whether the table is printed on a landscape page (<see cref="ColumnWidths"/>): the PDF and the DOCX lay
    /// tables out the same way, with fixed widths, so no table can be wider than its page and no word is split
    /// over two lines.
    /// </summary>
    public (IReadOnlyList<double> Shares, bool Landscape) Layout() =>
        ColumnWidths.Layout(Columns.Select(c => c.Caption).ToList(), PrintedRows.Select(r => (IReadOnlyList<string>)r.Select(c => c.Text).ToList()).ToList());
}
