using System.Text;
using Analytics.Contract;
using Analytics.Etl.Privacy;
using Analytics.Etl.Reading;

namespace Analytics.Etl.Validation;

/// <summary>
/// Reads the rows of one file against its kind's declaration: maps the header (canonical names
/// and Russian aliases), parses and checks each cell and the row rules, and replaces СНИЛС by
/// pseudonyms and birth dates by years. Personal data goes no further than this class.
/// </summary>
public sealed class ContractReader
{
    private readonly FileKind _kind;
    private readonly IRowSource _source;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly ColumnSpec[] _stored;
    private readonly int[] _positions;
    private readonly List<Refusal> _rowRefusals = [];

    /// <summary>Maps the header; throws <see cref="FileRefusedException"/> naming a missing required column.</summary>
    public ContractReader(FileKind kind, IRowSource source, Pseudonymizer pseudonymizer)
    {
        _kind = kind;
        _source = source;
        _pseudonymizer = pseudonymizer;
        _stored = kind.StoredColumns.ToArray();
        var header = source.Header.Select(NormalizeHeader).ToArray();
        _positions = new int[_stored.Length];
        var missing = new List<string>();
        for (var i = 0; i < _stored.Length; i++)
        {
            var spec = _stored[i];
            var names = spec.Headers.Select(NormalizeHeader).ToHashSet();
            _positions[i] = Array.FindIndex(header, names.Contains);
            if (_positions[i] < 0 && spec.Required)
            {
                missing.Add($"«{spec.Name}» ({string.Join(", ", spec.Aliases)})");
            }
        }
        if (missing.Count > 0)
        {
            throw new FileRefusedException(
                $"нет обязательного столбца {string.Join("; ", missing)} для файла вида «{kind.Name}»",
                column: missing[0]);
        }
        Values = new object?[_stored.Length];
    }

    /// <summary>The parsed values of the current row, in staging-table order.</summary>
    public object?[] Values { get; }

    /// <summary>The line of the current row.</summary>
    public long Line => _source.Line;

    /// <summary>The refusals of the current row; empty when it is valid.</summary>
    public IReadOnlyList<Refusal> RowRefusals => _rowRefusals;

    /// <summary>Non-blank rows read so far.</summary>
    public long RowsRead { get; private set; }

    /// <summary>The header as written in the file for a contract column (its canonical name if absent).</summary>
    public string HeaderOf(string canonical)
    {
        for (var i = 0; i < _stored.Length; i++)
        {
            if (_stored[i].Name == canonical || _stored[i].Target == canonical)
            {
                return _positions[i] >= 0 ? _source.Header[_positions[i]] : _stored[i].Name;
            }
        }
        return canonical;
    }

    /// <summary>Moves to the next non-blank row and parses it; false at the end.</summary>
    public bool Read()
    {
        do
        {
            if (!_source.Read())
            {
                return false;
            }
        }
        while (_source.IsBlank);

        RowsRead++;
        _rowRefusals.Clear();
        for (var i = 0; i < _stored.Length; i++)
        {
            var spec = _stored[i];
            var raw = _positions[i] >= 0 ? _source.Cell(_positions[i]) : null;
            if (raw is null)
            {
                if (spec.Required)
                {
                    Refuse(i, null, "обязательное значение не заполнено");
                }
                Values[i] = spec.Default;
                continue;
            }
            Values[i] = CellParser.Parse(spec, raw, _pseudonymizer, out var error);
            if (error is not null)
            {
                Refuse(i, raw, error);
            }
        }
        if (_rowRefusals.Count == 0)
        {
            foreach (var rule in _kind.Rules)
            {
                if (rule.Check(Values, _kind) is { } reason)
                {
                    var index = Array.FindIndex(_stored, c => c.Name == rule.Column);
                    Refuse(index, _positions[index] >= 0 ? _source.Cell(_positions[index]) : null, reason);
                }
            }
        }
        return true;
    }

    private void Refuse(int index, object? raw, string reason)
    {
        var column = _positions[index] >= 0 ? _source.Header[_positions[index]] : _stored[index].Name;
        _rowRefusals.Add(new Refusal(_source.Line, column, raw is null ? null : CellParser.AsText(raw), reason));
    }

    private static string NormalizeHeader(string header)
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
