namespace Analytics.Contract;

/// <summary>
/// A kind of input file: its columns, its key and the rules that involve several columns. The
/// loader generates from this declaration the staging table, the cell rules, the row rules and the
/// key and reference checks; only the merge into the star schema is written by hand
/// (<c>Sql/Load/&lt;name&gt;.sql</c>).
/// </summary>
/// <param name="Name">The kind, as the start of a file's name.</param>
/// <param name="Order">Its place in a run: references before what refers to them.</param>
/// <param name="Columns">The columns with their aliases, kinds and rules.</param>
/// <param name="Key">The columns that identify a row: a later row of the same key replaces an earlier one.</param>
public sealed record FileKind(string Name, int Order, IReadOnlyList<ColumnSpec> Columns, string[] Key)
{
    /// <summary>Rules between the typed values of one row, checked where every cell is valid.</summary>
    public IReadOnlyList<RowRule> Rules { get; init; } = [];

    /// <summary>The Russian name of the kind, for the pages.</summary>
    public string Title { get; init; } = Name;

    /// <summary>The columns that are staged (all but the dropped ones), in order.</summary>
    public IEnumerable<ColumnSpec> StoredColumns => Columns.Where(c => c.Target is not null);

    /// <summary>A column by its canonical name.</summary>
    public ColumnSpec Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"{Name} has no column {name}", nameof(name));

    /// <summary>
    /// The column a duplicate key is reported against: the key's СНИЛС column if it has one, else
    /// its last column (the one that makes the key specific).
    /// </summary>
    public ColumnSpec KeyColumn => Key.Select(Column).FirstOrDefault(c => c.Kind == ValueKind.Snils) ?? Column(Key[^1]);
}

/// <summary>
/// A rule between the typed values of one row: <paramref name="Condition"/> is an SQL condition
/// over the staged (target) column names that is true for a row to refuse.
/// </summary>
/// <param name="Column">The column named in the refusal.</param>
/// <param name="Condition">When the row breaks the rule, e.g. <c>end_date &lt; start_date</c>.</param>
/// <param name="Reason">The refusal reason, in Russian.</param>
public sealed record RowRule(string Column, string Condition, string Reason);
