using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pack;

/// <summary>The three files of a pack.</summary>
public sealed record PackFiles(string Pdf, string Docx, string Xlsx);

/// <summary>
/// Writes the collegium pack of a year (the region's, or a municipality's) as PDF, DOCX and XLSX:
/// one content (<see cref="PackBuilder"/>), its charts rendered once, three renderings. Each file
/// is written beside its target and moved into place, so a failure leaves no half-written file.
/// </summary>
public sealed class PackWriter(PackSettings settings, IndicatorSettings indicators)
{
    /// <summary>The file name stem of a pack: <c>collegium-2025</c>, <c>collegium-2025-71601000</c>.</summary>
    public static string Stem(int year, string? municipality) =>
        municipality is null ? $"collegium-{year}" : $"collegium-{year}-{PagePaths.FileStem(municipality)}";

    /// <summary>Writes the pack into <paramref name="folder"/>; returns the three paths.</summary>
    public PackFiles Write(SiteData data, int year, string? municipality, string folder, DateTime made)
    {
        var pack = new PackBuilder(data, settings, indicators).Build(year, municipality);
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, Stem(year, municipality));
        var files = new PackFiles(stem + ".pdf", stem + ".docx", stem + ".xlsx");
        using var browser = new Chromium(settings.Chromium);
        var pdf = new PackPdf(new PageRenderer(), browser);
        var draft = Task.Run(() => pdf.SectionPages(pack, made));
        var pictures = ChartImages.Render(pack.Sections.SelectMany(s => s.Blocks.OfType<PackChart>()).ToList(), browser);
        var pages = draft.GetAwaiter().GetResult();
        Atomically(files.Xlsx, path =>
        {
            using var stream = File.Create(path);
            PackXlsx.Write(pack, stream, made);
        });
        Atomically(files.Docx, path =>
        {
            using var stream = File.Create(path);
            PackDocx.Write(pack, pictures, stream, made);
        });
        Atomically(files.Pdf, path => pdf.Write(pack, pictures, pages, path, made));
        return files;
    }

    private static void Atomically(string path, Action<string> write)
    {
        var temp = path + ".writing";
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
