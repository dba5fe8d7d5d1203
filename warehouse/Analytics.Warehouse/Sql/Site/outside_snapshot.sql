-- The data page: events of a year ($year) whose person is not in that year's staff snapshot S(Y).
-- They are loaded but count in none of that year's indicators (indicators.md: the indicators of Y count the persons of S(Y)),
-- and the coverage grid cannot place them in a municipality. The year of an event is the one the
-- coverage grid gives it (coverage.sql).
WITH staff AS (SELECT DISTINCT person_key FROM fact_staff WHERE year = $year)
SELECT 'diagnostics' AS kind, count(*) AS n FROM fact_diagnostic d WHERE year(d.date) = $year AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.person_key = d.person_key)
UNION ALL
SELECT 'courses', count(*) FROM fact_course c WHERE year(c.start_date) = $year AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.person_key = c.person_key)
UNION ALL
SELECT 'routes', count(*) FROM fact_route r WHERE year(r.created_date) = $year AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.person_key = r.person_key)
UNION ALL
SELECT 'mentoring', count(*) FROM fact_mentoring m WHERE year(m.start_date) = $year AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.person_key = m.mentee_key);
