namespace Analytics.Dashboards;

/// <summary>The site's static files: plotly.js (the copy Plotly.NET embeds) and the site's own assets.</summary>
public static class SiteAssets
{
    /// <summary>Every asset of the site.</summary>
    public static readonly string[] All = ["plotly.min.js", "site.css", "site.js", "plotly-locale-ru.js"];

    /// <summary>Writes the named assets into <paramref name="folder"/>.</summary>
    public static void Write(string folder, params string[] names)
    {
        foreach (var name in names)
        {
            using var resource = Open(name);
            using var file = File.Create(Path.Combine(folder, name));
            resource.CopyTo(file);
        }
    }

    private static Stream Open(string name) => name == "plotly.min.js"
        ? typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")!
        : typeof(SiteAssets).Assembly.GetManifestResourceStream("Analytics.Dashboards.assets." + name)
            ?? throw new InvalidOperationException("No asset " + name);
}
