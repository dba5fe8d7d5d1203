INSERT INTO staging.refused
SELECT line, 'municipality_code', municipality_code, 'неизвестный муниципалитет (нет в справочнике municipalities)'
FROM staging.organizations
WHERE municipality_code NOT IN (SELECT code FROM dim_municipality);
DELETE FROM staging.organizations WHERE line IN (SELECT line FROM staging.refused);

INSERT INTO staging.refused
SELECT line, 'org_id', org_id, 'повтор ключа (org_id) в файле: действует строка ' || last_line
FROM (SELECT line, org_id, max(line) OVER (PARTITION BY org_id) AS last_line FROM staging.organizations)
WHERE line < last_line;
DELETE FROM staging.organizations WHERE line IN (SELECT line FROM staging.refused);

INSERT OR REPLACE INTO dim_organization (org_id, name, municipality_code, type, low_results)
SELECT org_id, name, municipality_code, type, low_results FROM staging.organizations;
