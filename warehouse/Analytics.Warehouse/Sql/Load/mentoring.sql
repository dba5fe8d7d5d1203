INSERT INTO staging.refused
SELECT line, 'mentee_snils', NULL, 'повтор ключа (mentee_snils, start_date) в файле: действует строка ' || last_line
FROM (SELECT line, max(line) OVER (PARTITION BY mentee_key, start_date) AS last_line FROM staging.mentoring)
WHERE line < last_line;
DELETE FROM staging.mentoring WHERE line IN (SELECT line FROM staging.refused);

INSERT OR IGNORE INTO dim_person
SELECT DISTINCT mentee_key FROM staging.mentoring
UNION SELECT DISTINCT mentor_key FROM staging.mentoring WHERE mentor_key IS NOT NULL;

DELETE FROM fact_mentoring f USING staging.mentoring s
WHERE f.mentee_key = s.mentee_key AND f.start_date = s.start_date;
INSERT INTO fact_mentoring (mentee_key, mentor_key, start_date, end_date, form)
SELECT mentee_key, mentor_key, start_date, end_date, form FROM staging.mentoring;
