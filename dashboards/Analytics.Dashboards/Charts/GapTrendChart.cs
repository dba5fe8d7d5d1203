using System.Text.Json.Nodes;
using Analytics.Warehouse.Indicators;
using CS = Plotly.NET.CSharp.Chart;

namespace Analytics.Dashboards.Charts;

/// <summary>The gap between municipalities over the years: range (left axis) and coefficient of variation (right).</summary>
public static class GapTrendChart
{
    /// <summary>The figure.</summary>
    public static JsonNode For(SiteData data, IndicatorDefinition indicator)
    {
        var gaps = data.Gaps.Where(g => g.Indicator == indicator.Code && g.N > 0).OrderBy(g => g.Year).ToList();
        if (gaps.Count == 0)
        {
            return Figure.Empty("Нет данных по муниципалитетам");
        }
        var years = gaps.Select(g => g.Year).ToArray();
        var figure = Figure.Of(Figure.Combine(
            CS.Column<double, int, string>(values: gaps.Select(g => g.Range ?? double.NaN).ToArray(), Keys: years, Name: "размах (макс − мин)"),
            CS.Line<int, double, string>(x: years, y: gaps.Select(g => g.Cv ?? double.NaN).ToArray(), Name: "коэффициент вариации", ShowMarkers: true)), new
        {
            xaxis = YearAxis.Of(years),
            yaxis = new { title = new { text = "размах, " + RussianFormat.DifferenceUnit(indicator) } },
            yaxis2 = new { title = new { text = "коэффициент вариации" }, overlaying = "y", side = "right", rangemode = "tozero" },
            legend = Figure.TopLegend,
            margin = new { l = 60, r = 70, t = 30, b = 50 },
        });
        Figure.Style(figure, 0, new { marker = new { color = "rgba(86,180,233,0.7)" }, hovertemplate = $"%{{x}}: размах %{{y:,.{RussianFormat.Decimals(indicator)}f}} " + RussianFormat.DifferenceUnit(indicator) + "<extra></extra>" });
        return Figure.Style(figure, 1, new { yaxis = "y2", line = new { color = Figure.Palette[5], width = 3 }, hovertemplate = "%{x}: КВ %{y:.3f}<extra></extra>" });
    }

    // The difference of two shares is in percentage points, not per cent.
}
