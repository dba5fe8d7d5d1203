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

    /// <summary>
    /// The header's municipality picker, written once for every page (2 300 names at the national
    /// scale would otherwise be repeated in each): <c>municipalities.js</c> sets
    /// <c>window.SITE_MUNICIPALITIES</c> to [name, page relative to the site root] pairs by name.
    /// The names are JSON strings with every HTML-sensitive character escaped; site.js puts them
    /// into the datalist as plain values.
    /// </summary>
    public static void WriteMunicipalities(string folder, IEnumerable<(string Code, string Name)> municipalities)
    {
        var pairs = municipalities.Select(m => new[] { m.Name, PagePaths.Municipality(m.Code) });
        File.WriteAllText(Path.Combine(folder, "municipalities.js"),
            "// The municipalities of the header's picker: [name, page].\nwindow.SITE_MUNICIPALITIES = " + System.Text.Json.JsonSerializer.Serialize(pairs, PickerJson) + ";\n",
            new System.Text.UTF8Encoding(false));
    }

    private static readonly System.Text.Json.JsonSerializerOptions PickerJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Cyrillic),
    };

    private static Stream Open(string name) => name == "plotly.min.js"
        ? typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")!
        : typeof(SiteAssets).Assembly.GetManifestResourceStream("Analytics.Dashboards.assets." + name)
            ?? throw new InvalidOperationException("No asset " + name);
}
