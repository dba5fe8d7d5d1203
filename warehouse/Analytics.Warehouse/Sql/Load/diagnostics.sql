-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT INTO dim_person
SELECT DISTINCT person_key FROM stage.main.diagnostics s
WHERE NOT EXISTS (SELECT 1 FROM dim_person d WHERE d.person_key = s.person_key);

DELETE FROM fact_diagnostic f USING stage.main.diagnostics s
WHERE f.person_key = s.person_key AND f.date = s.date AND f.area = s.area;
INSERT INTO fact_diagnostic (person_key, date, area, score)
SELECT person_key, date, area, score FROM stage.main.diagnostics;
