-- Persons in methodists of Y (any role); every municipality has a row (0 when it has none).
CREATE OR REPLACE TEMP TABLE indicator_units AS
SELECT y.year, m.code AS municipality_code, NULL::VARCHAR AS org_id, 0.0 AS numerator, NULL::DOUBLE AS denominator, 1 AS present
FROM (SELECT year FROM years) y CROSS JOIN dim_municipality m
UNION ALL
SELECT f.year, f.municipality_code, NULL::VARCHAR, 1.0, NULL::DOUBLE, 1
FROM fact_methodist f
WHERE f.year IN (SELECT year FROM years);
