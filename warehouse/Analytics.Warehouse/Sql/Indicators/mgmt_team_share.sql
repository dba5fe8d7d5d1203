-- Schools whose managers in S(Y) with a course completed in Y number at least
-- min(2, managers of the school in S(Y)) / schools with at least one manager in S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH done AS (
    SELECT DISTINCT person_key, year(end_date) AS year FROM fact_course WHERE status = 'completed' AND end_date IS NOT NULL
), managers AS (
    SELECT s.year, s.municipality_code, s.org_id, (d.person_key IS NOT NULL)::INT AS trained
    FROM s_staff s
    LEFT JOIN done d ON d.person_key = s.person_key AND d.year = s.year
    WHERE s.role = 'manager' AND s.org_type = 'school'
)
SELECT year, municipality_code, org_id,
       (sum(trained) >= least(2, count(*)))::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM managers
GROUP BY year, municipality_code, org_id;
