INSERT INTO staging.refused
SELECT line, 'org_id', org_id, 'неизвестная организация (нет в справочнике organizations)'
FROM staging.staffing
WHERE org_id NOT IN (SELECT org_id FROM dim_organization);
DELETE FROM staging.staffing WHERE line IN (SELECT line FROM staging.refused);

INSERT INTO staging.refused
SELECT line, 'date', NULL, 'повтор ключа (org_id, date) в файле: действует строка ' || last_line
FROM (SELECT line, max(line) OVER (PARTITION BY org_id, date) AS last_line FROM staging.staffing)
WHERE line < last_line;
DELETE FROM staging.staffing WHERE line IN (SELECT line FROM staging.refused);

DELETE FROM fact_staffing f USING staging.staffing s
WHERE f.org_id = s.org_id AND f.date = s.date;
INSERT INTO fact_staffing (org_id, date, positions, filled)
SELECT org_id, date, positions, filled FROM staging.staffing;
