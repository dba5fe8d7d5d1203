-- Persons of S(Y) / methodists of Y with role methodist (at a municipality: those serving it).
-- A municipality has a row when it has at least one person in S(Y). S(Y) is counted per
-- municipality here, not summed person by person.
CREATE OR REPLACE TEMP TABLE indicator_units AS
SELECT year, municipality_code, NULL::VARCHAR AS org_id, count(*)::DOUBLE AS numerator, 0.0 AS denominator, 1 AS present
FROM s_staff
GROUP BY year, municipality_code
UNION ALL
SELECT m.year, m.municipality_code, NULL::VARCHAR, 0.0, 1.0, 0
FROM fact_methodist m
WHERE m.role = 'methodist' AND m.year IN (SELECT year FROM years);
