-- Persons of S(Y) with a diagnostic dated in Y / S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH diagnosed AS (SELECT DISTINCT person_key, year(date) AS year FROM fact_diagnostic)
SELECT s.year, s.municipality_code, s.org_id,
       (d.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
LEFT JOIN diagnosed d ON d.person_key = s.person_key AND d.year = s.year;
