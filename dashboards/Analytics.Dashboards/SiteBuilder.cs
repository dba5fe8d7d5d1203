using System.Text;
using Analytics.Dashboards.Pack;
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
public sealed class SiteBuilder(MartOpener opener, IndicatorSettings settings, PackWriter? packs = null)
{
    /// <summary>Where a problem that does not stop the build is told (a pack that could not be made).</summary>
    public Action<string> Warning { get; init; } = message => Console.Error.WriteLine(message);

    /// <summary>Builds the site; returns the path of its index.html.</summary>
    /// <param name="warehousePath">The warehouse, opened read-only (its marts refreshed first when stale).</param>
    /// <param name="siteFolder">The site folder, replaced whole when the build succeeds (refused when it holds anything else: <see cref="SiteFolder"/>).</param>
    /// <param name="banner">Shown on every page (stale data, failed last ingest), or null.</param>
    public string Build(string warehousePath, string siteFolder, string? banner = null)
    {
        var target = Path.GetFullPath(siteFolder);
        SiteFolder.EnsureReplaceable(target);
        var builtAt = DateTime.Now;
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent))
        {
            CreatePublished(parent);
        }
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.building-{Guid.NewGuid():N}");
        try
        {
            // The pack is made first, from a reading of its own (the pack command's: no organization values), and
            // collected before the site reads its data: made from the site's reading while that was held, its passing
            // memory came on top of it (2.2 GB at the national scale, against 1.6 GB for the site or the pack alone).
            SitePack? pack = null;
            if (packs is not null)
            {
                pack = Pack(warehousePath, staging, builtAt);
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            Write(Read(warehousePath, builtAt, OrganizationScope.All), staging, banner, pack);
            Publish(staging);
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

    private SiteData Read(string warehousePath, DateTime builtAt, OrganizationScope organizations)
    {
        using var connection = opener.OpenReadOnly(warehousePath);
        return SiteData.Load(connection, builtAt, organizations);
    }

    private void Write(SiteData data, string folder, string? banner, SitePack? pack)
    {
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        Directory.CreateDirectory(Path.Combine(folder, "indicators"));
        Directory.CreateDirectory(Path.Combine(folder, "municipalities"));
        SiteAssets.Write(Path.Combine(folder, "assets"), SiteAssets.All);
        SiteAssets.WriteMunicipalities(Path.Combine(folder, "assets"), data.Municipalities);
        var site = new SiteContext(data, new PageRenderer(), settings, banner) { Pack = pack };
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

    /// <summary>
    /// The region's pack of the default year (<see cref="SiteData.DefaultYear"/>) in pack/, from the pack command's
    /// reading (no organization values: the region's pack shows none); a failure to make it is told, never fatal to the site. Null for a warehouse
    /// without years.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // its reading ends with it
    private SitePack? Pack(string warehousePath, string folder, DateTime builtAt)
    {
        var data = Read(warehousePath, builtAt, OrganizationScope.None);
        if (data.Years.Count == 0)
        {
            return null;
        }
        try
        {
            var files = packs!.Write(data, data.DefaultYear, null, Path.Combine(folder, "pack"), data.BuiltAt);
            return new SitePack(data.DefaultYear, "pack/" + Path.GetFileName(files.Pdf), "pack/" + Path.GetFileName(files.Docx), "pack/" + Path.GetFileName(files.Xlsx), null);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            Warning("warning: the collegium pack was not made: " + e.Message);
            return new SitePack(data.DefaultYear, null, null, null, e.Message);
        }
    }

    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Traversable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The site is meant to be shared: its folders 0755 and files 0644, whatever the process umask (owner-only for everything else).</summary>
    private static void Publish(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        File.SetUnixFileMode(folder, Traversable);
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(directory, Traversable);
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, Readable);
        }
    }

    private static void CreatePublished(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, Traversable);
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
