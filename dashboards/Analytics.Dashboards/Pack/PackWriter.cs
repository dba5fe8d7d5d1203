using Analytics.Dashboards.Charts;
using Analytics.Warehouse.Indicators;

namespace Analytics.Dashboards.Pack;

/// <summary>The three files of a pack.</summary>
public sealed record PackFiles(string Pdf, string Docx, string Xlsx);

/// <summary>
/// Writes the collegium pack of a year (the region's, or a municipality's) as PDF, DOCX and XLSX:
/// one content (<see cref="PackBuilder"/>), its charts rendered once, three renderings made side by
/// side. The three are moved into place together once all are whole, so a failure leaves no
/// half-written file and no new file beside the previous pack's others.
/// </summary>
public sealed class PackWriter(PackSettings settings, IndicatorSettings indicators)
{
    private PackSettings Settings { get; } = settings;

    private IndicatorSettings Indicators { get; } = indicators;

    /// <summary>The file name stem of a pack: <c>collegium-2025</c>, <c>collegium-2025-71601000</c>.</summary>
    public static string Stem(int year, string? municipality) =>
        municipality is null ? $"collegium-{year}" : $"collegium-{year}-{PagePaths.FileStem(municipality)}";

    /// <summary>
    /// Starts what a pack needs before its content exists — the browser with its chart tab and the
    /// chart library's first use — so that they run while the caller reads the warehouse.
    /// </summary>
    public PackSession Begin() => new(this);

    /// <summary>Writes the pack into <paramref name="folder"/>; returns the three paths.</summary>
    public PackFiles Write(SiteData data, int year, string? municipality, string folder, DateTime made)
    {
        using var session = Begin();
        return session.Write(data, year, municipality, folder, made);
    }

    /// <summary>A pack being made: a browser and its chart tab, opened in the background.</summary>
    public sealed class PackSession : IDisposable
    {
        private readonly PackWriter _writer;
        private readonly Chromium _browser;
        private readonly ChartImages _images;
        private readonly Task _warm = Task.Run(Figure.Warm);

        internal PackSession(PackWriter writer)
        {
            _writer = writer;
            _browser = new Chromium(writer.Settings.Chromium);
            try
            {
                _images = new ChartImages(_browser);
            }
            catch
            {
                _browser.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Writes the pack of <paramref name="data"/> into <paramref name="folder"/>; returns the three
        /// paths. The three files are written beside their places and moved into them together once all
        /// three are whole: a failure leaves the previous pack's files as they were.
        /// </summary>
        public PackFiles Write(SiteData data, int year, string? municipality, string folder, DateTime made)
        {
            _warm.GetAwaiter().GetResult();
            var pack = new PackBuilder(data, _writer.Settings, _writer.Indicators).Build(year, municipality);
            Directory.CreateDirectory(folder);
            var stem = Path.Combine(folder, Stem(year, municipality));
            var files = new PackFiles(stem + ".pdf", stem + ".docx", stem + ".xlsx");
            var temps = new PackFiles(files.Pdf + ".writing", files.Docx + ".writing", files.Xlsx + ".writing");
            var pdf = new PackPdf(new PageRenderer(), _browser);
            // While the browser renders the pictures and the draft print, this process writes the
            // workbook; while it prints the PDF, the document with the pictures.
            var work = new List<Task>();
            try
            {
                try
                {
                    var draft = Run(work, () => pdf.SectionPages(pack, made));
                    Run(work, () =>
                    {
                        using var stream = File.Create(temps.Xlsx);
                        PackXlsx.Write(pack, stream, made);
                    });
                    var pictures = _images.Render(pack.Sections.SelectMany(s => s.Blocks.OfType<PackChart>()).ToList());
                    Run(work, () =>
                    {
                        using var stream = File.Create(temps.Docx);
                        PackDocx.Write(pack, pictures, stream, made);
                    });
                    pdf.Write(pack, pictures, draft.GetAwaiter().GetResult(), temps.Pdf, made);
                }
                finally
                {
                    // Every part ends before the browser does and before the files move.
                    Task.WhenAll(work).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
                }
                foreach (var task in work)
                {
                    task.GetAwaiter().GetResult();
                }
                File.Move(temps.Xlsx, files.Xlsx, overwrite: true);
                File.Move(temps.Docx, files.Docx, overwrite: true);
                File.Move(temps.Pdf, files.Pdf, overwrite: true);
            }
            finally
            {
                File.Delete(temps.Xlsx);
                File.Delete(temps.Docx);
                File.Delete(temps.Pdf);
            }
            return files;
        }

        private static Task<T> Run<T>(List<Task> work, Func<T> part)
        {
            var task = Task.Run(part);
            work.Add(task);
            return task;
        }

        private static void Run(List<Task> work, Action part) => work.Add(Task.Run(part));

        /// <summary>Closes the chart tab and ends the browser.</summary>
        public void Dispose()
        {
            _images.Dispose();
            _browser.Dispose();
        }
    }
}
