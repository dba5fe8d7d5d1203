-- Из фактов: завершённое обучение по годам окончания, видам программ и наличию в ФР ДПП.
SELECT year(c.end_date) AS year, p.kind, p.federal_registry, count(*) AS completed, count(DISTINCT c.person_key) AS persons
FROM fact_course c
JOIN dim_program p USING (program_id)
WHERE c.status = 'completed'
GROUP BY ALL
ORDER BY ALL;
