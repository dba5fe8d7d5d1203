namespace Analytics.Dashboards.Charts;

/// <summary>
/// Positions for labels that must stand at least a gap apart, each as near its own point as the
/// others allow: labels whose points are closer than the gap form a group spaced by the gap and
/// centred on their points (a group that then meets another merges with it), so a crowd of ends
/// spreads both ways instead of climbing above the highest.
/// </summary>
public static class LabelSpread
{
    /// <summary>The label positions, in the order of <paramref name="points"/>.</summary>
    public static double[] Of(IReadOnlyList<double> points, double gap)
    {
        var order = Enumerable.Range(0, points.Count).OrderBy(i => points[i]).ToArray();
        // Each group: the indices of its labels (ascending by point) and the position of its lowest label.
        var groups = new List<(List<int> Members, double Bottom)>();
        foreach (var i in order)
        {
            groups.Add(([i], points[i]));
            while (groups.Count > 1 && groups[^2].Bottom + groups[^2].Members.Count * gap > groups[^1].Bottom)
            {
                var members = groups[^2].Members.Concat(groups[^1].Members).ToList();
                var centre = members.Average(m => points[m]);
                groups.RemoveRange(groups.Count - 2, 2);
                groups.Add((members, centre - (members.Count - 1) * gap / 2));
            }
        }
        var positions = new double[points.Count];
        foreach (var (members, bottom) in groups)
        {
            for (var k = 0; k < members.Count; k++)
            {
                positions[members[k]] = bottom + k * gap;
            }
        }
        return positions;
    }
}
