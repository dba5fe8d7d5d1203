using System.Globalization;
using System.Text;

namespace Analytics.Etl.Validation;

/// <summary>
/// Literals and identifiers for the SQL generated from the contract declaration. Only values of
/// the declaration (names, codes, reasons) become literals; values from the files never do.
/// </summary>
public static class SqlText
{
    /// <summary>What <see cref="string.Trim()"/> removes: every Unicode white space.</summary>
    internal const string WhiteSpace = " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    /// <summary>The same white space as a list of code points.</summary>
    private static readonly string WhiteSpaceCodes = string.Join(", ", WhiteSpace.Select(c => (int)c));

    /// <summary>The same white space as an RE2 character class.</summary>
    private const string WhiteSpaceClass = @"[\s\x{0B}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]";

    /// <summary>A string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A number literal.</summary>
    public static string Literal(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A quoted identifier.</summary>
    public static string Name(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The cell as the contract reads it: trimmed of all white space, NULL when nothing is left.
    /// DuckDB's trim with a set of multi-byte characters is slow, so only a cell whose first or
    /// last character is white space is trimmed; the test compares code points (a regular
    /// expression anchored at the end cost twice as much, every cell of every file).
    /// </summary>
    public static string Tidy(string expression) =>
        $"CASE WHEN ord({expression}) IN ({WhiteSpaceCodes}) OR ord(({expression})[-1]) IN ({WhiteSpaceCodes}) " +
        $"THEN nullif(trim({expression}, {Literal(WhiteSpace)}), '') ELSE nullif({expression}, '') END";

    /// <summary>
    /// Whether a row's fields (NULL counting as empty) hold nothing but white space. A row whose
    /// first field begins with another character is not blank, decided without joining its fields
    /// (joining them for every row took 0.2 s of the 1.1–1.2 s that staging a teachers file took).
    /// </summary>
    public static string Blank(IReadOnlyList<string> fields)
    {
        var visible = WhiteSpaceClass.Insert(1, "^");
        return $"CASE WHEN regexp_matches({fields[0]}, {Literal("^" + visible)}) THEN false " +
               $"ELSE NOT regexp_matches(coalesce(concat({string.Join(", ", fields)}), ''), {Literal(visible)}) END";
    }

    /// <summary>A MAP literal from spelling (lower case) to code.</summary>
    public static string Map(IReadOnlyDictionary<string, string> codes)
    {
        var text = new StringBuilder("MAP {");
        var first = true;
        foreach (var (spelling, code) in codes.GroupBy(c => c.Key.ToLowerInvariant()).Select(g => (g.Key, g.First().Value)))
        {
            text.Append(first ? "" : ", ").Append(Literal(spelling)).Append(": ").Append(Literal(code));
            first = false;
        }
        return text.Append('}').ToString();
    }
}
