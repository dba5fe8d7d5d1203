using System.Text.RegularExpressions;
using Analytics.Contract;

namespace Analytics.Etl.Loading;

/// <summary>
/// The name a file is recorded under (audit, console, archive): its own name, unless the name
/// holds digits that look like a СНИЛС or a date (a person's file sent under their name), which
/// is then replaced by the file's kind and the start of its SHA-256.
/// </summary>
public static partial class RecordedName
{
    /// <summary>
    /// The recorded name of <paramref name="name"/>, with <paramref name="hash"/> the file's SHA-256 (hex):
    /// plain text whatever the name held — a control character (a line break, an escape sequence),
    /// a line or paragraph separator or a bidirectional override becomes «_», so that a name can
    /// neither forge a line of the console or the log nor reorder what a page shows.
    /// </summary>
    public static string Of(string name, FileKind? kind, string hash) =>
        Personal().IsMatch(name)
            ? $"{kind?.Name ?? "file"}-{hash[..12]}{Path.GetExtension(Plain(name)).ToLowerInvariant()}"
            : Plain(name);

    /// <summary>The SHA-256 (hex) of a file's name: the stand-in for its content's hash where the content cannot be hashed (unreadable, or still changing).</summary>
    public static string HashOfName(string name) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));

    /// <summary><paramref name="name"/> with every character that could forge a line or reorder a text as «_».</summary>
    internal static string Plain(string name) => string.Create(name.Length, name, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = char.IsControl(c) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                ? '_'
                : c;
        }
    });

    /// <summary>Whether <paramref name="name"/> holds digits that look like a СНИЛС or a date.</summary>
    internal static bool IsPersonal(string name) => Personal().IsMatch(name);

    /// <summary>A СНИЛС (11 digits, with or without its separators) or a birth-date-like date.</summary>
    [GeneratedRegex(@"\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}|\b\d{1,2}[.\-/]\d{1,2}[.\-/]\d{4}\b|\d{4}[.\-/]\d{2}[.\-/]\d{2}")]
    private static partial Regex Personal();
}
