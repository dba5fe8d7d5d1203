using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// Renders the pack's Plotly figures to PNG pictures of their printed size in a headless Chromium
/// tab: the same figures and the same plotly.js as the site, static (no toolbar), in the Russian
/// locale, at twice the CSS resolution (≈ 190 dpi on paper). The tab, with plotly.js loaded, is
/// opened in the background as soon as the renderer is made, so that the browser's start and the
/// script's load run while the pack's content is built.
/// </summary>
public sealed class ChartImages : IDisposable
{
    /// <summary>CSS pixels per millimetre (96 per inch).</summary>
    public const double PixelsPerMm = 96 / 25.4;

    /// <summary>The pixel ratio of the pictures.</summary>
    public const int Scale = 2;

    private readonly DirectoryInfo _folder;
    private readonly Task<Chromium.ChromiumPage> _page;

    /// <summary>Starts opening the rendering tab in <paramref name="browser"/>.</summary>
    public ChartImages(Chromium browser)
    {
        _folder = Directory.CreateTempSubdirectory("analytics-charts-");
        SiteAssets.Write(_folder.FullName, "plotly.min.js", "plotly-locale-ru.js");
        var page = Path.Combine(_folder.FullName, "render.html");
        File.WriteAllText(page, Page.Replace("@SCALE@", Scale.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), new UTF8Encoding(false));
        _page = Task.Run(() => browser.Open(page));
    }

    /// <summary>The PNG bytes of each chart, by key, rendered in one browser.</summary>
    public static Dictionary<string, byte[]> Render(IReadOnlyList<PackChart> charts, Chromium browser)
    {
        using var images = new ChartImages(browser);
        return images.Render(charts);
    }

    /// <summary>The PNG bytes of each chart, by key.</summary>
    public Dictionary<string, byte[]> Render(IReadOnlyList<PackChart> charts)
    {
        if (charts.Count == 0)
        {
            return [];
        }
        var figures = new JsonObject();
        foreach (var chart in charts)
        {
            var figure = chart.Figure.DeepClone();
            var layout = figure["layout"]!.AsObject();
            layout["width"] = Pixels(chart.WidthMm);
            layout["height"] = Pixels(chart.HeightMm);
            layout["autosize"] = false;
            figures[chart.Key] = figure;
        }
        // JSON (every <, >, &, quote and non-ASCII character escaped) is a JavaScript literal: the figures are data, never code.
        var json = JsonSerializer.Serialize(figures, Json);
        var pictures = _page.GetAwaiter().GetResult().Evaluate($"window.renderAll({json})")?.Deserialize<Dictionary<string, string>>()
            ?? throw new InvalidOperationException("the chart pictures were not rendered");
        return charts.ToDictionary(c => c.Key, c => Convert.FromBase64String(pictures[c.Key][(pictures[c.Key].IndexOf(',', StringComparison.Ordinal) + 1)..]));
    }

    /// <summary>Closes the tab and removes its folder.</summary>
    public void Dispose()
    {
        try
        {
            if (_page.Wait(TimeSpan.FromMinutes(3)))
            {
                _page.Result.Dispose();
            }
        }
        catch (AggregateException)
        {
            // The tab never opened: its failure was reported by Render, or nothing was rendered.
        }
        _folder.Delete(recursive: true);
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Millimetres as CSS pixels.</summary>
    public static int Pixels(double mm) => (int)Math.Round(mm * PixelsPerMm);

    private const string Page = """
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
        <script src="plotly.min.js"></script><script src="plotly-locale-ru.js"></script></head>
        <body><script>
        window.renderAll = async (figures) => {
          const out = {};
          for (const [key, figure] of Object.entries(figures)) {
            const div = document.createElement('div');
            document.body.appendChild(div);
            try {
              await Plotly.newPlot(div, figure.data, figure.layout, { staticPlot: true, displayModeBar: false, locale: 'ru' });
              out[key] = await Plotly.toImage(div, { format: 'png', width: figure.layout.width, height: figure.layout.height, scale: @SCALE@ });
            } catch (e) {
              // An image that does not load rejects with a bare Event: say which chart, and what that usually means.
              const why = e instanceof Error ? e.message
                : e && e.type === 'error' ? 'its picture (SVG) did not load — a text in it may hold a character SVG cannot (a control character)'
                : String(e);
              throw new Error('chart «' + key + '» was not drawn: ' + why);
            }
            Plotly.purge(div);
            div.remove();
          }
          return out;
        };
        </script></body></html>
        """;
}
