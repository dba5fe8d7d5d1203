namespace Analytics.Contract;

/// <summary>How a cell of a contract column is parsed and what reaches the staging table.</summary>
public enum ValueKind
{
    /// <summary>Free text, trimmed; a number cell becomes its integer digits.</summary>
    Text,
    /// <summary>
    /// A code that names a row (a municipality, an organization, a program, a route): letters,
    /// digits, <c>-</c>, <c>_</c>, <c>.</c>, at most 64 characters, not starting with a dot. Codes
    /// become parts of file names and links, so they are identifiers, never paths.
    /// </summary>
    Identifier,
    /// <summary>Whole number.</summary>
    WholeNumber,
    /// <summary>Number with a decimal point or comma.</summary>
    Number,
    /// <summary><c>dd.MM.yyyy</c>, <c>yyyy-MM-dd</c> or a date cell.</summary>
    Date,
    /// <summary>true/false, 1/0, да/нет, yes/no.</summary>
    Boolean,
    /// <summary>One value of a closed list, given by its code or a Russian alias.</summary>
    Code,
    /// <summary>Several values of a closed list separated by <c>;</c> or <c>,</c>.</summary>
    CodeList,
    /// <summary>A СНИЛС: validated, then replaced by its keyed pseudonym.</summary>
    Snils,
    /// <summary>A birth date: validated, only its year is kept.</summary>
    BirthDate,
    /// <summary>Personal text (names): read and dropped.</summary>
    Dropped,
}
