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

/// <summary>A column of a table.</summary>
public sealed record PackColumn(string Caption, bool Numeric = false);

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

    /// <summary>Whether a block appears in the printed documents (a table whose printed rows are none does not).</summary>
    public static bool IsPrinted(PackBlock block) => block is not PackTable { Printed.Count: 0 };

    /// <summary>
    /// The share of the text width each column gets (summing to 1), by the longest text in it
    /// (at least its caption's longest word; 9–45 characters, 13 for text): the PDF and the DOCX lay tables out
    /// the same way, with fixed widths, so no table can be wider than the page.
    /// </summary>
    public IReadOnlyList<double> ColumnShares()
    {
        var weights = Columns.Select((c, i) =>
        {
            var longest = PrintedRows.Select(r => r[i].Text.Length).DefaultIfEmpty(0).Max();
            var caption = c.Caption.Split(' ').Max(w => w.Length) + 2; // a header is bold
            return (double)Math.Clamp(Math.Max(longest, caption), c.Numeric ? 9 : 13, 45);
        }).ToArray();
        var total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }
}
