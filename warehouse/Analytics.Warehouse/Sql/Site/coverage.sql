-- The coverage grid of the data page: rows loaded per kind of yearly data × year × municipality.
-- Events (diagnostics, courses, routes, mentoring) count in the municipality where the person
-- worked in the event's calendar year (one organization per person and year); an event whose person
-- is not in that year's staff snapshot S(Y) has no municipality (NULL): it is loaded but counts in
-- none of that year's indicators (indicators.md: the indicators of Y count the persons of S(Y)).
-- One year at a time ($year): at the national scale the person-year table of all years would hold 6.8 M rows.
WITH staff AS (
    SELECT s.year, s.person_key, arg_min(o.municipality_code, s.org_id) AS municipality_code
    FROM fact_staff s JOIN dim_organization o USING (org_id)
    WHERE s.year = $year
    GROUP BY s.year, s.person_key
)
SELECT 'teachers' AS kind, o.municipality_code, s.year, count(*) AS n
FROM fact_staff s JOIN dim_organization o USING (org_id) WHERE s.year = $year GROUP BY ALL
UNION ALL
SELECT 'methodists', municipality_code, year, count(*) FROM fact_methodist WHERE year = $year GROUP BY ALL
UNION ALL
SELECT 'staffing', o.municipality_code, year(f.date)::INTEGER, count(*) FROM fact_staffing f JOIN dim_organization o USING (org_id) WHERE year(f.date) = $year GROUP BY ALL
UNION ALL
SELECT 'diagnostics', s.municipality_code, $year, count(*) FROM fact_diagnostic d LEFT JOIN staff s ON s.person_key = d.person_key WHERE year(d.date) = $year GROUP BY ALL
UNION ALL
SELECT 'courses', s.municipality_code, $year, count(*) FROM fact_course c LEFT JOIN staff s ON s.person_key = c.person_key WHERE year(c.start_date) = $year GROUP BY ALL
UNION ALL
SELECT 'routes', s.municipality_code, $year, count(*) FROM fact_route r LEFT JOIN staff s ON s.person_key = r.person_key WHERE year(r.created_date) = $year GROUP BY ALL
UNION ALL
SELECT 'mentoring', s.municipality_code, $year, count(*) FROM fact_mentoring m LEFT JOIN staff s ON s.person_key = m.mentee_key WHERE year(m.start_date) = $year GROUP BY ALL;
