namespace Analytics.Dashboards.Pack;

/// <summary>
/// How wide a printed table's columns are, as shares of the text width, in the way a browser lays out an
/// automatic table: every column first gets the room its longest word needs (so no word is split over two
/// lines), and what is left goes to the columns whose whole texts want more, in proportion to what they
/// still lack. The widths are estimated from the 9 pt table font's letter widths (Arial's, the widest of the
/// fonts the pack names), since the PDF and the DOCX both need fixed widths before anything is drawn.
/// </summary>
public static class ColumnWidths
{
    /// <summary>The narrower text width of a portrait page in the two documents (the DOCX's 170 mm; the PDF's 175 mm).</summary>
    public const double PortraitMm = 170;

    /// <summary>The text width of a landscape page (257 mm in both, a little kept spare).</summary>
    public const double LandscapeMm = 250;

    /// <summary>A cell's padding and borders (1.5 mm either side in the PDF), with a millimetre to spare.</summary>
    private const double PaddingMm = 4.5;

    /// <summary>The widest a column asks for by its whole texts: longer texts wrap.</summary>
    private const double MaxWantMm = 80;

    /// <summary>One em of the 9 pt table font, in millimetres.</summary>
    private const double EmMm = 9 * 25.4 / 72;

    /// <summary>
    /// The shares of the text width (summing to 1) for columns with these captions and printed texts, and
    /// whether the table needs a landscape page: when its longest words do not fit side by side on a portrait one.
    /// </summary>
    public static (IReadOnlyList<double> Shares, bool Landscape) Layout(IReadOnlyList<string> captions, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var need = new double[captions.Count];
        var want = new double[captions.Count];
        for (var i = 0; i < captions.Count; i++)
        {
            need[i] = Words(captions[i]).Select(w => Width(w, bold: true)).DefaultIfEmpty(0).Max();
            want[i] = Width(captions[i], bold: true);
            foreach (var row in rows)
            {
                need[i] = Math.Max(need[i], Words(row[i]).Select(w => Width(w, bold: false)).DefaultIfEmpty(0).Max());
                want[i] = Math.Max(want[i], Width(row[i], bold: false));
            }
            need[i] += PaddingMm;
            want[i] = Math.Max(need[i], Math.Min(want[i] + PaddingMm, MaxWantMm));
        }
        var landscape = need.Sum() > PortraitMm;
        var widths = Allot(need, want, landscape ? LandscapeMm : PortraitMm);
        var total = widths.Sum();
        return (widths.Select(w => w / total).ToArray(), landscape);
    }

    private static double[] Allot(double[] need, double[] want, double width)
    {
        if (want.Sum() <= width)
        {
            // Everything fits on one line: the spare room is shared by how much each column holds.
            return want.Select(w => w * width / want.Sum()).ToArray();
        }
        if (need.Sum() >= width)
        {
            // Even the longest words do not fit side by side: some will break, in proportion.
            return need;
        }
        var lack = want.Zip(need, (w, n) => w - n).ToArray();
        var spare = width - need.Sum();
        return need.Select((n, i) => n + (spare * lack[i] / lack.Sum())).ToArray();
    }

    /// <summary>The pieces a line may not break inside: split at spaces (not at no-break ones) and after hyphens.</summary>
    private static string[] Words(string text) => text.Split([' ', '\n', '\t', '-', '‐', '–', '—', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The printed width of a text in the table font, in millimetres.</summary>
    private static double Width(string text, bool bold) => text.Sum(Em) * EmMm * (bold ? 1.1 : 1.0);

    private static double Em(char c) => c switch
    {
        _ when "жмфшщыюЖМШЩЫЮФДЦmwMW%@".Contains(c) => 0.86,
        _ when "ilj.,:;!|'".Contains(c) => 0.25,
        _ when "ftrIгт()[] \u00A0\u202F".Contains(c) => 0.36,
        _ when char.IsUpper(c) => 0.73,
        _ => 0.58,
    };
}
