using System.Text;
using Analytics.Dashboards.Pages;
using Analytics.Warehouse;
using Analytics.Warehouse.Indicators;
using Analytics.Warehouse.Marts;

namespace Analytics.Dashboards;

/// <summary>
/// Builds the static site from the warehouse (opened read-only) into a new folder beside the
/// target and then swaps it in, so a reader never sees half a site; if anything fails, the
/// previous site stays as it was.
/// </summary>
public sealed class SiteBuilder(MartOpener opener, IndicatorSettings settings)
{
    /// <summary>Builds the site; returns the path of its index.html.</summary>
    /// <param name="warehousePath">The warehouse, opened read-only (its marts refreshed first when stale).</param>
    /// <param name="siteFolder">The site folder, replaced whole when the build succeeds.</param>
    /// <param name="banner">Shown on every page (stale data, failed last ingest), or null.</param>
    public string Build(string warehousePath, string siteFolder, string? banner = null)
    {
        SiteData data;
        using (var connection = opener.OpenReadOnly(warehousePath))
        {
            data = SiteData.Load(connection, DateTime.Now);
        }
        var target = Path.GetFullPath(siteFolder);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.building-{Guid.NewGuid():N}");
        try
        {
            Write(data, staging, banner);
            Swap(staging, target);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            throw;
        }
        return Path.Combine(target, "index.html");
    }

    private void Write(SiteData data, string folder, string? banner)
    {
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        Directory.CreateDirectory(Path.Combine(folder, "indicators"));
        Directory.CreateDirectory(Path.Combine(folder, "municipalities"));
        WriteAssets(Path.Combine(folder, "assets"));
        var site = new SiteContext(data, new PageRenderer(), settings, banner);
        void Page(string path, string html) => File.WriteAllText(PagePaths.Under(folder, path), html, new UTF8Encoding(false));
        Page("index.html", SummaryPage.Render(site));
        Page("deficits.html", DeficitsPage.Render(site));
        Page("effectiveness.html", EffectivenessPage.Render(site));
        Page("collegium.html", CollegiumPage.Render(site));
        Page("data.html", DataPage.Render(site));
        Page("methodology.html", MethodologyPage.Render(site));
        foreach (var indicator in IndicatorCatalog.All)
        {
            Page($"indicators/{indicator.Code}.html", IndicatorPage.Render(site, indicator));
        }
        foreach (var (code, name) in data.Municipalities)
        {
            Page(PagePaths.Municipality(code), MunicipalityPage.Render(site, code, name, data.MunicipalityKinds.GetValueOrDefault(code)));
        }
    }

    private static void WriteAssets(string folder)
    {
        // plotly.js once, as a local file: the copy Plotly.NET itself embeds.
        using (var plotly = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js")!)
        using (var file = File.Create(Path.Combine(folder, "plotly.min.js")))
        {
            plotly.CopyTo(file);
        }
        var own = typeof(SiteBuilder).Assembly;
        foreach (var name in new[] { "site.css", "site.js", "plotly-locale-ru.js" })
        {
            using var resource = own.GetManifestResourceStream("Analytics.Dashboards.assets." + name)!;
            using var file = File.Create(Path.Combine(folder, name));
            resource.CopyTo(file);
        }
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        var old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }
}
