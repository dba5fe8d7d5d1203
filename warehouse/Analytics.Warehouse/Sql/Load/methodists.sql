INSERT INTO staging.refused
SELECT line, 'municipality_code', municipality_code, 'неизвестный муниципалитет (нет в справочнике municipalities)'
FROM staging.methodists
WHERE municipality_code NOT IN (SELECT code FROM dim_municipality);
DELETE FROM staging.methodists WHERE line IN (SELECT line FROM staging.refused);

INSERT INTO staging.refused
SELECT line, 'snils', NULL, 'повтор ключа (year, snils) в файле: действует строка ' || last_line
FROM (SELECT line, max(line) OVER (PARTITION BY year, person_key) AS last_line FROM staging.methodists)
WHERE line < last_line;
DELETE FROM staging.methodists WHERE line IN (SELECT line FROM staging.refused);

INSERT OR IGNORE INTO dim_person SELECT DISTINCT person_key FROM staging.methodists;

DELETE FROM fact_methodist f USING staging.methodists s
WHERE f.year = s.year AND f.person_key = s.person_key;
INSERT INTO fact_methodist (year, person_key, municipality_code, role)
SELECT year, person_key, municipality_code, role FROM staging.methodists;
