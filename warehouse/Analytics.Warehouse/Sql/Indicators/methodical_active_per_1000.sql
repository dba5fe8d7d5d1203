-- 1000 · persons in methodists of Y (any role; at a municipality: those serving it) / persons of
-- S(Y). A municipality has a row when it has at least one person in S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
SELECT year, municipality_code, NULL::VARCHAR AS org_id, 0.0 AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff
UNION ALL
SELECT f.year, f.municipality_code, NULL::VARCHAR, 1.0, 0.0, 0
FROM fact_methodist f
WHERE f.year IN (SELECT year FROM years);
