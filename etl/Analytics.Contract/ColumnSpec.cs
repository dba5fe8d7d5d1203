namespace Analytics.Contract;

/// <summary>One column of a file kind as the data contract declares it.</summary>
/// <param name="Name">The canonical (English) header.</param>
/// <param name="Aliases">Russian (or other) headers accepted for it.</param>
/// <param name="Kind">How a cell is parsed.</param>
/// <param name="Required">A required column must be in the header and have a value in every row.</param>
/// <param name="Target">The staging column it lands in; null for a dropped column.</param>
public sealed record ColumnSpec(string Name, string[] Aliases, ValueKind Kind, bool Required, string? Target)
{
    /// <summary>For <see cref="ValueKind.Code"/> and <see cref="ValueKind.CodeList"/>: accepted spelling → code.</summary>
    public IReadOnlyDictionary<string, string>? Codes { get; init; }

    /// <summary>Value used when the cell is empty (only for optional columns).</summary>
    public object? Default { get; init; }

    /// <summary>Smallest accepted number, inclusive.</summary>
    public double? Min { get; init; }

    /// <summary>Largest accepted number, inclusive.</summary>
    public double? Max { get; init; }

    /// <summary>All the headers that name this column.</summary>
    public IEnumerable<string> Headers => Aliases.Prepend(Name);
}
