namespace Analytics.Dashboards;

/// <summary>
/// The site replaces its whole folder on every build, so a build may go only into a folder that is new,
/// empty, or holds nothing but an earlier site: pointed at a shared folder of documents it would delete them.
/// </summary>
public static class SiteFolder
{
    /// <summary>What a site build writes at the top of its folder (a test checks a built site against it).</summary>
    public static readonly IReadOnlySet<string> Entries = new HashSet<string>(StringComparer.Ordinal)
    {
        "assets", "indicators", "municipalities", "pack",
        "index.html", "deficits.html", "effectiveness.html", "collegium.html", "data.html", "methodology.html",
    };

    /// <summary>What a file browser leaves in any folder it shows (thumbnails, folder settings): not a reason to refuse.</summary>
    private static readonly HashSet<string> Litter = new(StringComparer.OrdinalIgnoreCase) { "Thumbs.db", "desktop.ini", ".DS_Store" };

    /// <summary>Refuses (as bad usage) a <paramref name="folder"/> that holds anything a site build does not write.</summary>
    public static void EnsureReplaceable(string folder)
    {
        if (File.Exists(folder))
        {
            throw new ArgumentException($"the site folder {folder} is a file; choose a new or empty folder");
        }
        if (!Directory.Exists(folder))
        {
            return;
        }
        var foreign = Directory.EnumerateFileSystemEntries(folder)
            .Select(p => Path.GetFileName(p))
            .Where(n => !Entries.Contains(n) && !Litter.Contains(n))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count > 0)
        {
            var named = string.Join(", ", foreign.Take(5).Select(n => $"«{new string(n.Select(c => char.IsControl(c) ? '_' : c).ToArray())}»"));
            throw new ArgumentException(
                $"the site folder {folder} holds what a site build does not write: {named}{(foreign.Count > 5 ? $" and {foreign.Count - 5} more" : "")}; "
                + "a build replaces its whole folder, so it goes only into a new or empty folder or that of an earlier build — nothing was changed, choose another folder");
        }
    }
}
