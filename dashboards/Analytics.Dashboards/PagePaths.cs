using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Dashboards;

/// <summary>
/// The one place a code from the input becomes part of a file name or a link: a code that is a
/// plain identifier (letters, digits, '-', '_', '.', at most 64 characters, not starting with a
/// dot — the contract's rule) keeps its spelling; any other (a path, a slash, a quote, a leading
/// dot) becomes a hash, so no page can be written outside the site folder whatever the warehouse
/// holds.
/// </summary>
public static partial class PagePaths
{
    /// <summary>The page of a municipality, relative to the site root.</summary>
    public static string Municipality(string code) => $"municipalities/{FileStem(code)}.html";

    /// <summary>A file name stem for <paramref name="code"/> that is a single safe path segment.</summary>
    public static string FileStem(string code) =>
        Identifier().IsMatch(code) ? code : "code-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)))[..16];

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>; throws when it would leave it.</summary>
    public static string Under(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"the page path «{relative}» leaves the site folder");
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_-][\p{L}\p{N}._-]{0,63}$")]
    private static partial Regex Identifier();
}
