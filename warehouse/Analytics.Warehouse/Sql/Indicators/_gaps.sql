-- The gap between municipalities per comparable indicator (with a municipality level; counts are
-- not compared) and year, twice: over
-- the municipality values that are published (a value, not suppressed; includes_suppressed =
-- false, what every output shows) and over all of them (the owner's full figures): n, min, max,
-- range, ratio (empty when min = 0), mean (unweighted), median, population sd, cv = sd / mean (empty when
-- mean = 0), the region value, and how many meet the target (empty without a target).
CREATE OR REPLACE TEMP TABLE gap_values AS
SELECT r.indicator, r.year, s.includes_suppressed, count(p.value)::INTEGER AS n, min(p.value) AS min, max(p.value) AS max,
       max(p.value) - min(p.value) AS range,
       CASE WHEN min(p.value) = 0 THEN NULL ELSE max(p.value) / min(p.value) END AS ratio,
       avg(p.value) AS mean, median(p.value) AS median, stddev_pop(p.value) AS sd,
       CASE WHEN avg(p.value) = 0 THEN NULL ELSE stddev_pop(p.value) / avg(p.value) END AS cv,
       r.value AS region_value,
       CASE WHEN r.target IS NULL THEN NULL ELSE count(*) FILTER (WHERE p.meets_target)::INTEGER END AS meeting_target,
       r.sort_order
FROM indicator_values r
JOIN catalog c ON c.code = r.indicator AND c.municipalities AND c.comparable
CROSS JOIN (VALUES (false), (true)) s(includes_suppressed)
LEFT JOIN indicator_values p ON p.indicator = r.indicator AND p.year = r.year AND p.level = 'municipality'
      AND p.value IS NOT NULL AND (NOT p.suppressed OR s.includes_suppressed)
WHERE r.level = 'region'
GROUP BY r.indicator, r.year, s.includes_suppressed, r.value, r.target, r.sort_order;
