-- S(Y) with each person's organization, municipality and organization type: every indicator reads it.
CREATE OR REPLACE TEMP TABLE s_staff AS
SELECT s.year, s.person_key, s.org_id, o.municipality_code, o.type AS org_type, s.role, s.birth_year, s.experience_years
FROM fact_staff s
JOIN dim_organization o USING (org_id);

-- Persons with a course completed in a year (status completed, end date in that year).
CREATE OR REPLACE TEMP TABLE s_completed AS
SELECT DISTINCT person_key, year(end_date) AS year
FROM fact_course
WHERE status = 'completed' AND end_date IS NOT NULL;

-- Persons of S(Y) with a course completed in Y−2..Y.
CREATE OR REPLACE TEMP TABLE s_trained_3y AS
SELECT DISTINCT s.person_key, s.year
FROM s_staff s
JOIN s_completed d ON d.person_key = s.person_key AND d.year BETWEEN s.year - 2 AND s.year;
