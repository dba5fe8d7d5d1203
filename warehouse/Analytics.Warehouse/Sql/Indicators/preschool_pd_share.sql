-- Persons of S(Y) in preschools with a course completed in Y−2..Y / persons of S(Y) in preschools.
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH trained AS (
    SELECT DISTINCT s.person_key, s.year
    FROM s_staff s JOIN s_completed d ON d.person_key = s.person_key AND d.year BETWEEN s.year - 2 AND s.year
)
SELECT s.year, s.municipality_code, s.org_id, (t.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
LEFT JOIN trained t ON t.person_key = s.person_key AND t.year = s.year
WHERE s.org_type = 'preschool';
