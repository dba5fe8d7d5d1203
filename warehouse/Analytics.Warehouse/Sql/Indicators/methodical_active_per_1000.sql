-- 1000 · persons in methodists of Y (any role; at a municipality: those serving it) / persons of
-- S(Y). A municipality has a row when it has at least one person in S(Y). S(Y) is counted per
-- municipality here, not summed person by person.
CREATE OR REPLACE TEMP TABLE indicator_units AS
SELECT year, municipality_code, NULL::VARCHAR AS org_id, 0.0 AS numerator, count(*)::DOUBLE AS denominator, 1 AS present
FROM s_staff
GROUP BY year, municipality_code
UNION ALL
SELECT f.year, f.municipality_code, NULL::VARCHAR, 1.0, 0.0, 0
FROM fact_methodist f
WHERE f.year IN (SELECT year FROM years);
