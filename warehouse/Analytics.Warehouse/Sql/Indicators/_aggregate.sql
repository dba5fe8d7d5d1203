-- Sums the units of one indicator that is not person-based (temp table indicator_units: year,
-- municipality_code, org_id, numerator, denominator, present) at the region, municipality and
-- organization levels. A municipality or organization row exists where a unit says `present`.
WITH g AS (
    SELECT year, municipality_code, org_id,
           GROUPING(municipality_code, org_id) AS grouping_id,
           sum(numerator)::DOUBLE AS numerator, sum(denominator)::DOUBLE AS denominator,
           max(present) AS present
    FROM indicator_units
    GROUP BY GROUPING SETS ((year), (year, municipality_code), (year, municipality_code, org_id))
)
SELECT $code AS indicator, year,
       CASE grouping_id WHEN 3 THEN 'region' WHEN 1 THEN 'municipality' ELSE 'organization' END AS level,
       CASE grouping_id WHEN 3 THEN 'region' WHEN 1 THEN municipality_code ELSE org_id END AS entity_code,
       CASE grouping_id WHEN 3 THEN NULL ELSE municipality_code END AS municipality_code,
       numerator, denominator
FROM g
WHERE grouping_id = 3
   OR (grouping_id = 1 AND municipality_code IS NOT NULL AND present = 1)
   OR (grouping_id = 0 AND org_id IS NOT NULL AND present = 1);
