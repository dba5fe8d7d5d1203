-- Persons of S(Y) with a diagnostic-based route created in Y (any status) / S(Y).
-- Diagnostic-based: a deficit result of the person dated within [created − 365 days, created].
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH based AS (
    SELECT DISTINCT r.person_key, year(r.created_date) AS year
    FROM fact_route r
    JOIN fact_diagnostic d ON d.person_key = r.person_key AND d.score < $threshold
                          AND d.date BETWEEN r.created_date - 365 AND r.created_date
)
SELECT s.year, s.municipality_code, s.org_id, (b.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
LEFT JOIN based b ON b.person_key = s.person_key AND b.year = s.year;
