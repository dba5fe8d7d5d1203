-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT INTO dim_person
SELECT DISTINCT person_key FROM stage.main.methodists s
WHERE NOT EXISTS (SELECT 1 FROM dim_person d WHERE d.person_key = s.person_key);

DELETE FROM fact_methodist f USING stage.main.methodists s
WHERE f.year = s.year AND f.person_key = s.person_key;
INSERT INTO fact_methodist (year, person_key, municipality_code, role)
SELECT year, person_key, municipality_code, role FROM stage.main.methodists;
