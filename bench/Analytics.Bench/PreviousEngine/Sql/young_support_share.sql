-- Young teachers of S(Y) (Y − birth year < 35 and experience < 3) with a mentoring record
-- overlapping Y (start ≤ 31.12.Y and no end or end ≥ 01.01.Y) / young teachers of S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH young AS (
    SELECT * FROM s_staff WHERE year - birth_year < 35 AND experience_years < 3
), supported AS (
    SELECT DISTINCT y.person_key, y.year
    FROM young y JOIN fact_mentoring m ON m.mentee_key = y.person_key
     AND m.start_date <= make_date(y.year, 12, 31)
     AND (m.end_date IS NULL OR m.end_date >= make_date(y.year, 1, 1))
)
SELECT y.year, y.municipality_code, y.org_id, (s.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM young y
LEFT JOIN supported s ON s.person_key = y.person_key AND s.year = y.year;
