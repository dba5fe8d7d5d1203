-- The coverage grid of the data page: rows loaded per kind of yearly data × year × municipality.
-- Events (diagnostics, courses, routes, mentoring) count in the municipality where the person
-- worked in the event's calendar year (one organization per person and year).
WITH staff AS (
    SELECT DISTINCT ON (s.year, s.person_key) s.year, s.person_key, o.municipality_code
    FROM fact_staff s JOIN dim_organization o USING (org_id)
    ORDER BY s.year, s.person_key, s.org_id
)
SELECT 'teachers' AS kind, o.municipality_code, s.year, count(*) AS n
FROM fact_staff s JOIN dim_organization o USING (org_id) GROUP BY ALL
UNION ALL
SELECT 'methodists', municipality_code, year, count(*) FROM fact_methodist GROUP BY ALL
UNION ALL
SELECT 'staffing', o.municipality_code, year(f.date)::INTEGER, count(*) FROM fact_staffing f JOIN dim_organization o USING (org_id) GROUP BY ALL
UNION ALL
SELECT 'diagnostics', s.municipality_code, s.year, count(*) FROM fact_diagnostic d JOIN staff s ON s.person_key = d.person_key AND s.year = year(d.date) GROUP BY ALL
UNION ALL
SELECT 'courses', s.municipality_code, s.year, count(*) FROM fact_course c JOIN staff s ON s.person_key = c.person_key AND s.year = year(c.start_date) GROUP BY ALL
UNION ALL
SELECT 'routes', s.municipality_code, s.year, count(*) FROM fact_route r JOIN staff s ON s.person_key = r.person_key AND s.year = year(r.created_date) GROUP BY ALL
UNION ALL
SELECT 'mentoring', s.municipality_code, s.year, count(*) FROM fact_mentoring m JOIN staff s ON s.person_key = m.mentee_key AND s.year = year(m.start_date) GROUP BY ALL;
