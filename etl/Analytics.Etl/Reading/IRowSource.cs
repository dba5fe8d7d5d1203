namespace Analytics.Etl.Reading;

/// <summary>
/// Rows of one input file, streamed. Cells are strings (CSV) or typed values as the spreadsheet
/// stored them (XLSX: double, DateTime, bool, string); an empty cell is null.
/// </summary>
public interface IRowSource : IDisposable
{
    /// <summary>The header row as written in the file.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The line (CSV: physical line; XLSX: sheet row) of the current row.</summary>
    long Line { get; }

    /// <summary>Moves to the next row; false at the end.</summary>
    bool Read();

    /// <summary>The cell of the current row at a header position, or null.</summary>
    object? Cell(int index);

    /// <summary>Whether every cell of the current row is empty.</summary>
    bool IsBlank { get; }
}
