using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// The pack as a print-exact PDF: the print page (Templates/pack.hbs, A4 with a running header,
/// «стр. N из M» and landscape pages for wide charts) printed by headless Chromium twice — the
/// first print (a draft, made while the pictures render) tells on which page each section begins,
/// the second carries those numbers in the contents list (in a fixed-width column, so the layout
/// does not move).
/// </summary>
public sealed class PackPdf(PageRenderer renderer, Chromium browser)
{
    /// <summary>
    /// The page each section begins on, from a draft print without the pictures (an image's box has
    /// its size in the page's style, so the layout is the same): it can run while the pictures render.
    /// </summary>
    public List<int> SectionPages(PackDocument pack, DateTime made) => Print(pack, made, null, null, pdf => SectionPages(pdf, Headings(pack)));

    /// <summary>Writes the PDF of <paramref name="pack"/> with its chart pictures and the contents' page numbers.</summary>
    public void Write(PackDocument pack, IReadOnlyDictionary<string, byte[]> pictures, IReadOnlyList<int> pages, string path, DateTime made) =>
        Print(pack, made, pictures, pages, pdf =>
        {
            File.Move(pdf, path, overwrite: true);
            return 0;
        });

    private T Print<T>(PackDocument pack, DateTime made, IReadOnlyDictionary<string, byte[]>? pictures, IReadOnlyList<int>? pages, Func<string, T> use)
    {
        var folder = Directory.CreateTempSubdirectory("analytics-pack-");
        try
        {
            foreach (var (key, png) in pictures ?? new Dictionary<string, byte[]>())
            {
                File.WriteAllBytes(Path.Combine(folder.FullName, key + ".png"), png);
            }
            var html = Path.Combine(folder.FullName, "pack.html");
            var pdf = Path.Combine(folder.FullName, "pack.pdf");
            File.WriteAllText(html, Html(pack, made, pages), new UTF8Encoding(false));
            browser.PrintToPdf(html, pdf);
            return use(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The section headings as numbered in the pack («1. …», the appendix «Приложение. …»).</summary>
    public static List<string> Headings(PackDocument pack)
    {
        var number = 0;
        return pack.Sections.Select(s => s.Appendix ? "Приложение. " + s.Title : $"{++number}. {s.Title}").ToList();
    }

    /// <summary>The print page.</summary>
    public string Html(PackDocument pack, DateTime made, IReadOnlyList<int>? pages)
    {
        var headings = Headings(pack);
        var model = new
        {
            pack.Title,
            pack.Subject,
            pack.Year,
            Municipality = pack.MunicipalityName,
            pack.Organization,
            pack.Meeting,
            pack.Author,
            AsOf = pack.AsOf is { } a ? RussianFormat.Date(a) : "—",
            Made = RussianFormat.Date(made),
            Header = CssString(pack.RunningHeader),
            Sections = pack.Sections.Select((s, i) => new
            {
                Heading = headings[i],
                s.Appendix,
                Page = pages is null ? "" : pages[i].ToString(CultureInfo.InvariantCulture),
                Blocks = s.Blocks.Where(PackTable.IsPrinted).Select(Block).ToList(),
            }).ToList(),
        };
        return renderer.RenderDocument("pack", model);
    }

    private static object Block(PackBlock block) => block switch
    {
        PackParagraph p => new { Paragraph = p.Text },
        PackSubheading h => new { Subheading = h.Text },
        PackList l => new { l.Items, l.Numbered },
        PackTable t => new { Table = Table(t) },
        PackChart c => new
        {
            Chart = new
            {
                Src = c.Key + ".png",
                c.Caption,
                c.Landscape,
                Width = c.WidthMm.ToString("0.#", CultureInfo.InvariantCulture),
                Height = c.HeightMm.ToString("0.#", CultureInfo.InvariantCulture),
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name),
    };

    /// <summary>A table as the print page's template reads it: its page, column widths, header rows and rows.</summary>
    private static object Table(PackTable t)
    {
        var (shares, landscape) = t.Layout();
        return new
        {
            Landscape = landscape,
            Widths = shares.Select(share => (share * 100).ToString("0.##", CultureInfo.InvariantCulture)).ToList(),
            Header = t.HeaderRows().Select(row => row.Select(h => new
            {
                h.Text,
                h.Numeric,
                Group = h.Columns > 1,
                ColSpan = h.Columns > 1 ? h.Columns.ToString(CultureInfo.InvariantCulture) : null,
                RowSpan = h.Rows > 1 ? h.Rows.ToString(CultureInfo.InvariantCulture) : null,
            }).ToList()).ToList(),
            Rows = t.PrintedRows.Select(r => r.Select((c, i) => new { c.Text, t.Columns[i].Numeric }).ToList()).ToList(),
        };
    }

    /// <summary>
    /// The page each heading begins on (1-based), in order, read from the PDF's outline: Chromium
    /// writes a bookmark for every heading of the page, pointing at the page it is printed on
    /// (reading the outline costs half of reading every page's text).
    /// </summary>
    public static List<int> SectionPages(string pdf, IReadOnlyList<string> headings)
    {
        using var document = PdfDocument.Open(pdf);
        var marks = document.TryGetBookmarks(out var bookmarks)
            ? Flatten(bookmarks.Roots).OfType<DocumentBookmarkNode>().Select(b => (Title: Squeeze(b.Title), Page: b.PageNumber)).ToList()
            : throw new InvalidOperationException("the printed pack has no outline: the pack needs Chromium 131 or later");
        var pages = new List<int>();
        var from = 0;
        foreach (var heading in headings)
        {
            var wanted = Squeeze(heading);
            var found = marks.FindIndex(from, m => m.Title == wanted);
            if (found < 0)
            {
                throw new InvalidOperationException($"the heading «{heading}» was not found in the printed pack");
            }
            pages.Add(marks[found].Page);
            from = found + 1;
        }
        return pages;
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Text as a CSS string's content: anything but letters, digits and spaces as a CSS escape (so no input can end the string or the style element).</summary>
    public static string CssString(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == ' ')
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append('\\').Append(rune.Value.ToString("X6", CultureInfo.InvariantCulture)).Append(' ');
            }
        }
        return builder.ToString();
    }
}
