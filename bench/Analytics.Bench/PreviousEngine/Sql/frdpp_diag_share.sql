-- Persons of S(Y) with role teacher with a diagnostic-based course of a federal-registry program
-- completed in Y / persons of S(Y) with role teacher. Diagnostic-based for a course: a deficit
-- result within [start − 365 days, start] in an area the program addresses.
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH based AS (
    SELECT DISTINCT c.person_key, year(c.end_date) AS year
    FROM fact_course c
    JOIN dim_program p ON p.program_id = c.program_id AND p.federal_registry
    JOIN fact_diagnostic d ON d.person_key = c.person_key AND d.score < $threshold
                          AND d.date BETWEEN c.start_date - 365 AND c.start_date
                          AND list_contains(p.areas, d.area)
    WHERE c.status = 'completed' AND c.end_date IS NOT NULL
)
SELECT s.year, s.municipality_code, s.org_id, (b.person_key IS NOT NULL)::DOUBLE AS numerator, 1.0 AS denominator, 1 AS present
FROM s_staff s
LEFT JOIN based b ON b.person_key = s.person_key AND b.year = s.year
WHERE s.role = 'teacher';
