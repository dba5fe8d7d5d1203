-- Persons of S(Y) diagnosed in Y whose latest result of Y in at least one area is a deficit
-- / persons of S(Y) diagnosed in Y.
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH latest AS (
    SELECT person_key, year(date) AS year, area, arg_max(score, date) AS score
    FROM fact_diagnostic GROUP BY person_key, year(date), area
), per_person AS (
    SELECT person_key, year, max((score < $threshold)::INT) AS deficit FROM latest GROUP BY person_key, year
)
SELECT s.year, s.municipality_code, s.org_id, p.deficit::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
JOIN per_person p ON p.person_key = s.person_key AND p.year = s.year;
