-- Sums the units of the current indicator (temp table indicator_units: year, municipality_code,
-- org_id, numerator, denominator, present) at the region, municipality and organization levels.
-- A municipality or organization row exists where at least one unit says `present`.
WITH g AS (
    SELECT year, municipality_code, org_id,
           GROUPING(municipality_code, org_id) AS grouping_id,
           sum(numerator)::DOUBLE AS numerator, sum(denominator)::DOUBLE AS denominator,
           max(present) AS present
    FROM indicator_units
    GROUP BY GROUPING SETS ((year), (year, municipality_code), (year, municipality_code, org_id))
)
SELECT g.year,
       CASE g.grouping_id WHEN 3 THEN 'region' WHEN 1 THEN 'municipality' ELSE 'organization' END AS level,
       CASE g.grouping_id WHEN 3 THEN 'region' WHEN 1 THEN g.municipality_code ELSE g.org_id END AS entity_code,
       CASE g.grouping_id WHEN 3 THEN NULL WHEN 1 THEN m.name ELSE o.name END AS entity_name,
       CASE g.grouping_id WHEN 3 THEN NULL ELSE g.municipality_code END AS municipality_code,
       g.numerator, g.denominator
FROM g
LEFT JOIN dim_municipality m ON m.code = g.municipality_code
LEFT JOIN dim_organization o ON o.org_id = g.org_id
WHERE g.grouping_id = 3
   OR (g.grouping_id = 1 AND g.municipality_code IS NOT NULL AND g.present = 1)
   OR (g.grouping_id = 0 AND g.org_id IS NOT NULL AND g.present = 1);
