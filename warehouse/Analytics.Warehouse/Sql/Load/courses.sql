-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT INTO dim_person
SELECT DISTINCT person_key FROM stage.main.courses s
WHERE NOT EXISTS (SELECT 1 FROM dim_person d WHERE d.person_key = s.person_key);

DELETE FROM fact_course f USING stage.main.courses s
WHERE f.person_key = s.person_key AND f.program_id = s.program_id AND f.start_date = s.start_date;
INSERT INTO fact_course (person_key, program_id, start_date, end_date, status)
SELECT person_key, program_id, start_date, end_date, status FROM stage.main.courses;
