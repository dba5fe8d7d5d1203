-- Persons of S(Y) with a course completed in Y / S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
SELECT s.year, s.municipality_code, s.org_id, (d.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
LEFT JOIN s_completed d ON d.person_key = s.person_key AND d.year = s.year;
