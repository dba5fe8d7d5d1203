-- The gap metrics between municipalities: over the published municipality values, or (the owner's
-- explicit request) over all of them, suppressed included. In catalog order, then year.
SELECT g.indicator, g.year, g.n, g.min, g.max, g.range, g.ratio, g.mean, g.sd, g.cv, g.region_value, g.meeting_target, g.median
FROM mart_gap g
JOIN dim_indicator d ON d.code = g.indicator
WHERE g.includes_suppressed = $include_suppressed AND ($year IS NULL OR g.year = $year)
ORDER BY d.sort_order, g.year
