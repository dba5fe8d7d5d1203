using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analytics.Dashboards.Pack;

/// <summary>
/// Renders the pack's Plotly figures to PNG pictures of their printed size, in one headless
/// Chromium run: the same figures and the same plotly.js as the site, static (no toolbar), in
/// the Russian locale, at twice the CSS resolution (≈ 190 dpi on paper).
/// </summary>
public static class ChartImages
{
    /// <summary>CSS pixels per millimetre (96 per inch).</summary>
    public const double PixelsPerMm = 96 / 25.4;

    /// <summary>The pixel ratio of the pictures.</summary>
    public const int Scale = 2;

    /// <summary>The PNG bytes of each chart, by key.</summary>
    public static Dictionary<string, byte[]> Render(IReadOnlyList<PackChart> charts, Chromium browser)
    {
        if (charts.Count == 0)
        {
            return [];
        }
        var folder = Directory.CreateTempSubdirectory("analytics-charts-");
        try
        {
            SiteAssets.Write(folder.FullName, "plotly.min.js", "plotly-locale-ru.js");
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
            var json = JsonSerializer.Serialize(figures, Json);
            var page = Path.Combine(folder.FullName, "render.html");
            File.WriteAllText(page, Page.Replace("@FIGURES@", json, StringComparison.Ordinal).Replace("@SCALE@", Scale.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), new UTF8Encoding(false));
            var pictures = browser.Evaluate(page, "window.renderAll()")?.Deserialize<Dictionary<string, string>>()
                ?? throw new InvalidOperationException("the chart pictures were not rendered");
            return charts.ToDictionary(c => c.Key, c => Convert.FromBase64String(pictures[c.Key][(pictures[c.Key].IndexOf(',', StringComparison.Ordinal) + 1)..]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Millimetres as CSS pixels.</summary>
    public static int Pixels(double mm) => (int)Math.Round(mm * PixelsPerMm);

    private const string Page = """
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
        <script src="plotly.min.js"></script><script src="plotly-locale-ru.js"></script></head>
        <body><script type="application/json" id="figures">@FIGURES@</script>
        <script>
        window.renderAll = async () => {
          const figures = JSON.parse(document.getElementById('figures').textContent);
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
