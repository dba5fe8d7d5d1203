-- Σ (positions − filled) / Σ positions over schools, each at its latest staffing date in Y (a share:
-- vacant positions per 100 positions).
CREATE OR REPLACE TEMP TABLE indicator_units AS
WITH latest AS (
    SELECT org_id, year(date) AS year, arg_max(positions, date) AS positions, arg_max(filled, date) AS filled
    FROM fact_staffing GROUP BY org_id, year(date)
)
SELECT l.year, o.municipality_code, l.org_id, l.positions - l.filled AS numerator, l.positions AS denominator, 1 AS present
FROM latest l
JOIN dim_organization o ON o.org_id = l.org_id AND o.type = 'school'
WHERE l.year IN (SELECT year FROM years);
