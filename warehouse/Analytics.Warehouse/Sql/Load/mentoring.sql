-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT INTO dim_person
SELECT DISTINCT k FROM (SELECT mentee_key AS k FROM stage.main.mentoring UNION ALL SELECT mentor_key FROM stage.main.mentoring WHERE mentor_key IS NOT NULL) s
WHERE NOT EXISTS (SELECT 1 FROM dim_person d WHERE d.person_key = s.k);

DELETE FROM fact_mentoring f USING stage.main.mentoring s
WHERE f.mentee_key = s.mentee_key AND f.start_date = s.start_date;
INSERT INTO fact_mentoring (mentee_key, mentor_key, start_date, end_date, form)
SELECT mentee_key, mentor_key, start_date, end_date, form FROM stage.main.mentoring;
