-- Schools whose managers in S(Y) with a course completed in Y number at least
-- min(2, managers of the school in S(Y)) / schools with at least one manager in S(Y).
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH managers AS (
    SELECT s.year, s.municipality_code, s.org_id, (d.person_key IS NOT NULL)::INT AS trained
    FROM s_staff s
    LEFT JOIN s_completed d ON d.person_key = s.person_key AND d.year = s.year
    WHERE s.role = 'manager' AND s.org_type = 'school'
)
SELECT year, municipality_code, org_id,
       (sum(trained) >= least(2, count(*)))::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM managers
GROUP BY year, municipality_code, org_id;
