-- Which municipalities have staff data in which years.
SELECT o.municipality_code, s.year, count(*) > 0 AS has_staff
FROM fact_staff s JOIN dim_organization o USING (org_id)
GROUP BY ALL;
