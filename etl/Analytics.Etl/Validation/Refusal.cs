namespace Analytics.Etl.Validation;

/// <summary>A refused row (or file): where, what and why. The value stays in the rejects report only.</summary>
/// <param name="Line">The line of the file (0 for the file as a whole).</param>
/// <param name="Column">The column's header as written in the file.</param>
/// <param name="Value">The offending value as read, for the rejects report; never stored in the warehouse.</param>
/// <param name="Reason">Why, in Russian.</param>
public sealed record Refusal(long Line, string Column, string? Value, string Reason);
