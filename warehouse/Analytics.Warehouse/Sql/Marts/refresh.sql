-- Replaces the marts with the engine's temp tables (indicator_values, gap_values, standing_values, composite_values)
-- and marks them fresh for the engine and settings that computed them; run in one transaction.
-- The name joins are plain equality joins (a condition on the left table alone in a LEFT JOIN's
-- ON turns it into a nested loop: minutes at the national scale); the CASE picks the name.
DELETE FROM mart_indicator;
INSERT INTO mart_indicator
SELECT v.indicator, v.year, v.level, v.entity_code,
       CASE v.level WHEN 'municipality' THEN m.name WHEN 'organization' THEN o.name END,
       v.municipality_code, v.numerator, v.denominator, v.value, v.target, v.meets_target, v.suppressed, v.ci_low, v.ci_high
FROM indicator_values v
LEFT JOIN dim_municipality m ON m.code = v.entity_code
LEFT JOIN dim_organization o ON o.org_id = v.entity_code
ORDER BY v.sort_order, v.year, CASE v.level WHEN 'region' THEN 0 WHEN 'municipality' THEN 1 ELSE 2 END, v.entity_code;

DELETE FROM mart_gap;
INSERT INTO mart_gap
SELECT indicator, year, includes_suppressed, n, min, max, range, ratio, mean, median, sd, cv, region_value, meeting_target
FROM gap_values ORDER BY sort_order, year, includes_suppressed;

DELETE FROM mart_standing;
INSERT INTO mart_standing
SELECT indicator, year, municipality_code, value, rank, of, gap_to_region, gap_to_target, change_from_previous_year,
       median, gap_to_median, scaled_score, level_group, differs_from_target, differs_from_median
FROM standing_values ORDER BY sort_order, year, rank, municipality_code;

DELETE FROM mart_composite;
INSERT INTO mart_composite
SELECT year, municipality_code, composite_index, groups, indicators, rank, of, level_group
FROM composite_values ORDER BY year, rank, municipality_code;

UPDATE mart_state SET stale = false, refreshed_at = $refreshed_at, fingerprint = $fingerprint,
       min_cell = $min_cell, deficit_threshold = $threshold;
