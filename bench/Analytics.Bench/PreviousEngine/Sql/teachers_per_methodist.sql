-- Persons of S(Y) / methodists of Y with role methodist (at a municipality: those serving it).
-- A municipality has a row when it has at least one person in S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
SELECT year, municipality_code, NULL::VARCHAR AS org_id, 1.0 AS numerator, 0.0 AS denominator, 1 AS present
FROM s_staff
UNION ALL
SELECT m.year, m.municipality_code, NULL::VARCHAR, 0.0, 1.0, 0
FROM fact_methodist m
WHERE m.role = 'methodist' AND m.year IN (SELECT DISTINCT year FROM s_staff);
