-- In-file duplicates: the last line of a key wins, earlier ones are refused.
INSERT INTO staging.refused
SELECT line, 'code', code, 'повтор ключа (code) в файле: действует строка ' || last_line
FROM (SELECT line, code, max(line) OVER (PARTITION BY code) AS last_line FROM staging.municipalities)
WHERE line < last_line;
DELETE FROM staging.municipalities WHERE line IN (SELECT line FROM staging.refused);

INSERT OR REPLACE INTO dim_municipality (code, name, kind)
SELECT code, name, kind FROM staging.municipalities;
