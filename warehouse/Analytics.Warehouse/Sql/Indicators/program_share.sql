-- Programs with a course started in Y having the property $param (federal_registry,
-- network_form, or updated: updated_year = Y) / programs with a course started in Y. Region only.
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH active AS (SELECT DISTINCT year(start_date) AS year, program_id FROM fact_course)
SELECT a.year, NULL::VARCHAR AS municipality_code, NULL::VARCHAR AS org_id,
       coalesce(CASE $param
           WHEN 'federal_registry' THEN p.federal_registry
           WHEN 'network_form' THEN p.network_form
           ELSE p.updated_year = a.year END, false)::DOUBLE AS numerator,
       1.0 AS denominator, 1 AS present
FROM active a
JOIN dim_program p ON p.program_id = a.program_id
WHERE a.year IN (SELECT year FROM years);
