-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT INTO dim_person
SELECT DISTINCT person_key FROM stage.main.teachers s
WHERE NOT EXISTS (SELECT 1 FROM dim_person d WHERE d.person_key = s.person_key);
INSERT OR IGNORE INTO dim_year SELECT DISTINCT year FROM stage.main.teachers;

DELETE FROM fact_staff f USING stage.main.teachers s
WHERE f.year = s.year AND f.person_key = s.person_key;
INSERT INTO fact_staff (year, person_key, org_id, role, birth_year, experience_years, position)
SELECT year, person_key, org_id, role, birth_year, experience_years, position FROM stage.main.teachers;
