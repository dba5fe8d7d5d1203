using System.Globalization;

namespace Analytics.Dashboards.Charts;

/// <summary>
/// The one year axis of every chart on the site and in the pack: a tick per year (or, on a
/// sparkline, the first and the last), integers only — never «2021,5» — with a half-year margin
/// so the end points are not cut.
/// </summary>
public static class YearAxis
{
    /// <summary>The axis layout for <paramref name="years"/>.</summary>
    public static object Of(IEnumerable<int> years, bool extremesOnly = false, bool fixedRange = false, string? title = "год")
    {
        var list = years.Distinct().Order().ToArray();
        if (list.Length == 0)
        {
            return new { visible = false };
        }
        var ticks = extremesOnly && list.Length > 1 ? new[] { list[0], list[^1] } : list;
        var margin = extremesOnly ? 0.25 : 0.4;
        return new
        {
            type = "linear",
            tickmode = "array",
            tickvals = ticks,
            ticktext = ticks.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray(),
            range = new[] { list[0] - margin, list[^1] + margin },
            title = new { text = title ?? "" },
            fixedrange = fixedRange,
            showgrid = !extremesOnly,
            tickfont = extremesOnly ? new { size = 10, color = "#6b7280" } : null,
        };
    }
}
