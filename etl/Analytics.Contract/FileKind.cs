namespace Analytics.Contract;

/// <summary>
/// A kind of input file: its columns, its key and the rules that involve several columns.
/// Reference checks and the merge into the warehouse live in <c>Sql/Load/&lt;name&gt;.sql</c>.
/// </summary>
public sealed record FileKind(string Name, int Order, IReadOnlyList<ColumnSpec> Columns, string[] Key)
{
    /// <summary>Rules between the parsed values of one row; each returns null or a refusal.</summary>
    public IReadOnlyList<RowRule> Rules { get; init; } = [];

    /// <summary>The staging table (schema <c>staging</c>) the rows are appended to.</summary>
    public string StagingTable => Name;

    /// <summary>The columns that reach the staging table, in the table's order.</summary>
    public IEnumerable<ColumnSpec> StoredColumns => Columns.Where(c => c.Target is not null);

    /// <summary>The index of a column among <see cref="StoredColumns"/>.</summary>
    public int StoredIndex(string name)
    {
        var i = 0;
        foreach (var c in StoredColumns)
        {
            if (c.Name == name)
            {
                return i;
            }
            i++;
        }
        throw new ArgumentException($"{Name} has no stored column {name}", nameof(name));
    }
}

/// <summary>A rule over a parsed row; <paramref name="Check"/> returns a reason or null.</summary>
/// <param name="Column">The column named in the refusal.</param>
public sealed record RowRule(string Column, Func<object?[], FileKind, string?> Check);
