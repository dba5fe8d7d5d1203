-- Persons of S(Y) with a course completed in Y−2..Y / S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
SELECT s.year, s.municipality_code, s.org_id, (t.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
LEFT JOIN s_trained_3y t ON t.person_key = s.person_key AND t.year = s.year;
