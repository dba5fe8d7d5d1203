using System.Text;
using Analytics.Contract;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Validation;

/// <summary>
/// Where each stored column of a kind is in a file's header: canonical names and aliases matched
/// without case, surrounding space or the difference between ё and е. A required column missing
/// from the header, or a column named twice (by its name and an alias, say), refuses the file,
/// naming the column.
/// </summary>
public sealed class HeaderMap
{
    private readonly IReadOnlyList<string> _header;

    /// <summary>Maps a header; throws <see cref="FileRefusedException"/> naming a missing required column.</summary>
    public HeaderMap(FileKind kind, IReadOnlyList<string> header)
    {
        _header = header;
        Kind = kind;
        Columns = kind.StoredColumns.ToArray();
        var normalized = header.Select(Normalize).ToArray();
        Positions = new int[Columns.Count];
        var missing = new List<string>();
        for (var i = 0; i < Columns.Count; i++)
        {
            var names = Columns[i].Headers.Select(Normalize).ToHashSet();
            var matches = Enumerable.Range(0, normalized.Length).Where(j => names.Contains(normalized[j])).ToArray();
            if (matches.Length > 1)
            {
                // Which of two «дата» or a «snils» beside a «СНИЛС» is meant cannot be guessed.
                throw new FileRefusedException(
                    $"столбец «{Columns[i].Name}» указан в заголовке больше одного раза: {string.Join(", ", matches.Select(j => $"«{header[j].Trim().Trim('\uFEFF')}»"))}; оставьте один",
                    column: Columns[i].Name);
            }
            Positions[i] = matches.Length == 1 ? matches[0] : -1;
            if (Positions[i] < 0 && Columns[i].Required)
            {
                missing.Add($"«{Columns[i].Name}» ({string.Join(", ", Columns[i].Aliases)})");
            }
        }
        var lookAlikes = LookAlikes(normalized);
        if (missing.Count > 0)
        {
            var hints = lookAlikes.Where(l => Columns[l.Column].Required).Select(l => "; " + Told(l, ""));
            throw new FileRefusedException(
                $"нет обязательного столбца {string.Join("; ", missing)} для файла вида «{kind.Name}»{string.Concat(hints)}",
                column: missing[0]);
        }
        Notes = lookAlikes.Select(l => Told(l, " и не прочитан")).ToList();
    }

    /// <summary>A look-alike header field told by its place and the name it begins with (its text, from the file, is not echoed).</summary>
    private string Told((int Field, int Column, string Name) l, string outcome) =>
        $"столбец {l.Field + 1} заголовка начинается с «{l.Name}», но назван длиннее{outcome} — если это «{Columns[l.Column].Name}», оставьте в имени только «{l.Name}»";

    /// <summary>
    /// What a reader should know of a header that maps: the fields read as no column that begin with the
    /// name of a column the file lacks and go on with a note («Дефициты (список)»), which would otherwise be
    /// ignored as extra columns, the column's data lost without a word. Told by place and name only.
    /// </summary>
    public IReadOnlyList<string> Notes { get; } = [];

    /// <summary>
    /// The fields that map to no column but read as the name (or an alias) of a column the file lacks followed
    /// by a note: after the name, past any spaces, a punctuation mark or a symbol («, %», « (список)», «*»).
    /// A word after the name («дата рождения» for «дата») is another column's name, not a note.
    /// </summary>
    private List<(int Field, int Column, string Name)> LookAlikes(string[] normalized)
    {
        var found = new List<(int Field, int Column, string Name)>();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Positions[i] >= 0)
            {
                continue;
            }
            var names = Columns[i].Headers.Select(h => (Written: h, Key: Normalize(h))).OrderByDescending(n => n.Key.Length).ToList();
            for (var j = 0; j < normalized.Length; j++)
            {
                if (Positions.Contains(j))
                {
                    continue;
                }
                var match = names.FirstOrDefault(n => n.Key.Length > 0 && normalized[j].Length > n.Key.Length && normalized[j].StartsWith(n.Key, StringComparison.Ordinal)
                    && normalized[j][n.Key.Length..].TrimStart() is [var first, ..] && (char.IsPunctuation(first) || char.IsSymbol(first)));
                if (match.Key is not null)
                {
                    found.Add((j, i, match.Written));
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The line of the first of <paramref name="rows"/> below the first line that maps as the kind's
    /// header, or null: a file whose first line is a title («Сведения о …») and whose header is below.
    /// </summary>
    public static long? LineOfLaterHeader(FileKind kind, IEnumerable<(long Line, IReadOnlyList<string> Fields)> rows) =>
        rows.Where(r => r.Line > 1 && TryCreate(kind, r.Fields) is not null).Select(r => (long?)r.Line).FirstOrDefault();

    /// <summary>The map of a header, or null where the constructor would refuse the file.</summary>
    public static HeaderMap? TryCreate(FileKind kind, IReadOnlyList<string> header)
    {
        try
        {
            return new HeaderMap(kind, header);
        }
        catch (FileRefusedException)
        {
            return null;
        }
    }

    /// <summary>The kind.</summary>
    public FileKind Kind { get; }

    /// <summary>The stored columns of the kind, in order.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>The header position of each stored column, −1 when the file lacks it.</summary>
    public int[] Positions { get; }

    /// <summary>How many fields the header has.</summary>
    public int FieldCount => _header.Count;

    /// <summary>The header of stored column <paramref name="column"/> as written, trimmed (without a byte-order mark), or null when the file lacks it.</summary>
    public string? WrittenHeader(int column) => Positions[column] >= 0 ? _header[Positions[column]].Trim().Trim('\uFEFF').Trim() : null;

    /// <summary>The header as written in the file for a contract column (its canonical name if absent).</summary>
    public string HeaderOf(string canonical)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == canonical || Columns[i].Target == canonical)
            {
                return Positions[i] >= 0 ? _header[Positions[i]] : Columns[i].Name;
            }
        }
        return canonical;
    }

    private static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        var space = false;
        foreach (var c in header.Trim().Trim('\uFEFF').Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c is 'ё' or 'Ё' ? 'е' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
