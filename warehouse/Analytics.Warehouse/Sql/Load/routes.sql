INSERT INTO staging.refused
SELECT line, 'route_id', route_id, 'повтор ключа (route_id) в файле: действует строка ' || last_line
FROM (SELECT line, route_id, max(line) OVER (PARTITION BY route_id) AS last_line FROM staging.routes)
WHERE line < last_line;
DELETE FROM staging.routes WHERE line IN (SELECT line FROM staging.refused);

INSERT OR IGNORE INTO dim_person
SELECT DISTINCT person_key FROM staging.routes
UNION SELECT DISTINCT tutor_key FROM staging.routes WHERE tutor_key IS NOT NULL;

DELETE FROM fact_route f USING staging.routes s WHERE f.route_id = s.route_id;
INSERT INTO fact_route (route_id, person_key, created_date, tutor_key, status, completed_date)
SELECT route_id, person_key, created_date, tutor_key, status, completed_date FROM staging.routes;
