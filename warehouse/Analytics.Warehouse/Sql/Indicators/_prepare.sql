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
