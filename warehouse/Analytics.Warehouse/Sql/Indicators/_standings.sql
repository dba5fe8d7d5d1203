-- Each published municipality value with its rank (1 = best by the indicator's direction; ties
-- share the better rank) out of the published ones, its gaps to the region and to the target, and
-- its change from the previous year's published value.
CREATE OR REPLACE TEMP TABLE standing_values AS
WITH published AS (
    SELECT v.*, c.higher FROM indicator_values v JOIN catalog c ON c.code = v.indicator AND c.municipalities
    WHERE v.level = 'municipality' AND v.value IS NOT NULL AND NOT v.suppressed
)
SELECT p.indicator, p.year, p.entity_code AS municipality_code, p.value,
       rank() OVER (PARTITION BY p.indicator, p.year ORDER BY CASE WHEN p.higher THEN -p.value ELSE p.value END)::INTEGER AS rank,
       count(*) OVER (PARTITION BY p.indicator, p.year)::INTEGER AS of,
       p.value - r.value AS gap_to_region, p.value - p.target AS gap_to_target, p.value - b.value AS change_from_previous_year,
       p.sort_order
FROM published p
JOIN indicator_values r ON r.indicator = p.indicator AND r.year = p.year AND r.level = 'region'
LEFT JOIN published b ON b.indicator = p.indicator AND b.year = p.year - 1 AND b.entity_code = p.entity_code;
