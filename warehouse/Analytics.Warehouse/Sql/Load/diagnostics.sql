INSERT INTO staging.refused
SELECT line, 'snils', NULL, 'повтор ключа (snils, date, area) в файле: действует строка ' || last_line
FROM (SELECT line, max(line) OVER (PARTITION BY person_key, date, area) AS last_line FROM staging.diagnostics)
WHERE line < last_line;
DELETE FROM staging.diagnostics WHERE line IN (SELECT line FROM staging.refused);

INSERT OR IGNORE INTO dim_person SELECT DISTINCT person_key FROM staging.diagnostics;

DELETE FROM fact_diagnostic f USING staging.diagnostics s
WHERE f.person_key = s.person_key AND f.date = s.date AND f.area = s.area;
INSERT INTO fact_diagnostic (person_key, date, area, score)
SELECT person_key, date, area, score FROM staging.diagnostics;
