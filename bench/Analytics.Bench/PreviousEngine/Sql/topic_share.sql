-- Teachers (role teacher) of S(Y) in schools with a course completed in Y−2..Y whose program has
-- topic $param / teachers of S(Y) in schools.
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH done AS (
    SELECT DISTINCT c.person_key, year(c.end_date) AS year
    FROM fact_course c JOIN dim_program p ON p.program_id = c.program_id AND list_contains(p.topics, $param)
    WHERE c.status = 'completed' AND c.end_date IS NOT NULL
), trained AS (
    SELECT DISTINCT s.person_key, s.year
    FROM s_staff s JOIN done d ON d.person_key = s.person_key AND d.year BETWEEN s.year - 2 AND s.year
)
SELECT s.year, s.municipality_code, s.org_id, (t.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
LEFT JOIN trained t ON t.person_key = s.person_key AND t.year = s.year
WHERE s.role = 'teacher' AND s.org_type = 'school';
