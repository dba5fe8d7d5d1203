INSERT INTO staging.refused
SELECT line, 'org_id', org_id, 'неизвестная организация (нет в справочнике organizations)'
FROM staging.teachers
WHERE org_id NOT IN (SELECT org_id FROM dim_organization);
DELETE FROM staging.teachers WHERE line IN (SELECT line FROM staging.refused);

INSERT INTO staging.refused
SELECT line, 'snils', NULL, 'повтор ключа (year, snils) в файле: действует строка ' || last_line
FROM (SELECT line, max(line) OVER (PARTITION BY year, person_key) AS last_line FROM staging.teachers)
WHERE line < last_line;
DELETE FROM staging.teachers WHERE line IN (SELECT line FROM staging.refused);

INSERT OR IGNORE INTO dim_person SELECT DISTINCT person_key FROM staging.teachers;
INSERT OR IGNORE INTO dim_year SELECT DISTINCT year FROM staging.teachers;

DELETE FROM fact_staff f USING staging.teachers s
WHERE f.year = s.year AND f.person_key = s.person_key;
INSERT INTO fact_staff (year, person_key, org_id, role, birth_year, experience_years, position)
SELECT year, person_key, org_id, role, birth_year, experience_years, position FROM staging.teachers;
