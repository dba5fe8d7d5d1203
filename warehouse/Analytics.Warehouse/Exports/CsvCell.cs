namespace Analytics.Warehouse.Exports;

/// <summary>
/// A text cell of every CSV the product writes (exports, the site's downloads, rejects reports):
/// a leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a <c>'</c> before
/// it, so a spreadsheet never runs text from the input as a formula (OWASP's rule for CSV
/// injection), and the cell is quoted when it holds the delimiter, a quote or a line break.
/// Numbers the product formats itself do not pass through here.
/// </summary>
public static class CsvCell
{
    /// <summary>The cell for <paramref name="text"/> in a file separated by <paramref name="delimiter"/>.</summary>
    public static string Text(string text, char delimiter = ',')
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny([delimiter, '"', '\r', '\n']) >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
