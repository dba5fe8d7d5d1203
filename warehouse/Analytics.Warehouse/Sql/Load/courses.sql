INSERT INTO staging.refused
SELECT line, 'program_id', program_id, 'неизвестная программа (нет в справочнике programs)'
FROM staging.courses
WHERE program_id NOT IN (SELECT program_id FROM dim_program);
DELETE FROM staging.courses WHERE line IN (SELECT line FROM staging.refused);

INSERT INTO staging.refused
SELECT line, 'snils', NULL, 'повтор ключа (snils, program_id, start_date) в файле: действует строка ' || last_line
FROM (SELECT line, max(line) OVER (PARTITION BY person_key, program_id, start_date) AS last_line FROM staging.courses)
WHERE line < last_line;
DELETE FROM staging.courses WHERE line IN (SELECT line FROM staging.refused);

INSERT OR IGNORE INTO dim_person SELECT DISTINCT person_key FROM staging.courses;

DELETE FROM fact_course f USING staging.courses s
WHERE f.person_key = s.person_key AND f.program_id = s.program_id AND f.start_date = s.start_date;
INSERT INTO fact_course (person_key, program_id, start_date, end_date, status)
SELECT person_key, program_id, start_date, end_date, status FROM staging.courses;
