-- Persons of S(Y) whose latest result of Y in area $param is a deficit / persons of S(Y) with a
-- result in that area in Y.
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH latest AS (
    SELECT person_key, year(date) AS year, arg_max(score, date) AS score
    FROM fact_diagnostic WHERE area = $param GROUP BY person_key, year(date)
)
SELECT s.year, s.municipality_code, s.org_id, (l.score < $threshold)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
JOIN latest l ON l.person_key = s.person_key AND l.year = s.year;
