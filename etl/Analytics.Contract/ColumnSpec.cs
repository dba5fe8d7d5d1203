namespace Analytics.Contract;

/// <summary>One column of a file kind as the data contract declares it.</summary>
/// <param name="Name">The canonical (English) header.</param>
/// <param name="Aliases">Russian (or other) headers accepted for it.</param>
/// <param name="Kind">How a cell is parsed.</param>
/// <param name="Required">A required column must be in the header and have a value in every row.</param>
/// <param name="Target">The staged column it lands in (its typed value); null for a dropped column.</param>
public sealed record ColumnSpec(string Name, string[] Aliases, ValueKind Kind, bool Required, string? Target)
{
    /// <summary>For <see cref="ValueKind.Code"/> and <see cref="ValueKind.CodeList"/>: accepted spelling → code.</summary>
    public IReadOnlyDictionary<string, string>? Codes { get; init; }

    /// <summary>Value used when the cell is empty (only for optional columns): a code, a boolean or a number.</summary>
    public object? Default { get; init; }

    /// <summary>Smallest accepted number, inclusive.</summary>
    public double? Min { get; init; }

    /// <summary>Largest accepted number, inclusive.</summary>
    public double? Max { get; init; }

    /// <summary>The warehouse row the value must exist in, checked when the file loads.</summary>
    public Reference? References { get; init; }

    /// <summary>
    /// A number in percent that may be written with its sign, as Excel shows a cell formatted as a
    /// percentage: «85,5%» and «85,5 %» are 85,5 (an XLSX percentage cell is read as the number shown).
    /// </summary>
    public bool Percent { get; init; }

    /// <summary>
    /// For a number in the unit of the indicator that the named column of the same row gives (a target):
    /// where that indicator is a share (unit «%», in the warehouse's dim_indicator), the number is at most 100.
    /// </summary>
    public string? UnitOf { get; init; }

    /// <summary>Text compared without case: stored in lower case.</summary>
    public bool LowerCase { get; init; }

    /// <summary>All the headers that name this column.</summary>
    public IEnumerable<string> Headers => Aliases.Prepend(Name);
}

/// <summary>A value that must exist in a warehouse table (a dimension) when its file loads.</summary>
/// <param name="Table">The warehouse table.</param>
/// <param name="Column">Its column holding the value.</param>
/// <param name="Reason">The refusal reason, in Russian, when it does not.</param>
/// <param name="ListAllowed">Add the allowed values (ordered by the table's <c>sort_order</c>) to the reason.</param>
public sealed record Reference(string Table, string Column, string Reason, bool ListAllowed = false)
{
    /// <summary>Values accepted without a row in the table (compared without case), e.g. <c>region</c>.</summary>
    public IReadOnlyList<string> Accepts { get; init; } = [];

    /// <summary>The file kind that fills the table (none: the table is the catalog's), so that rows refused for a missing code may load once it has loaded.</summary>
    public string? LoadedBy { get; init; }
}
