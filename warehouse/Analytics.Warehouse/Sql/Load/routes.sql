-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT INTO dim_person
SELECT DISTINCT k FROM (SELECT person_key AS k FROM stage.main.routes UNION ALL SELECT tutor_key FROM stage.main.routes WHERE tutor_key IS NOT NULL) s
WHERE NOT EXISTS (SELECT 1 FROM dim_person d WHERE d.person_key = s.k);

DELETE FROM fact_route f USING stage.main.routes s WHERE f.route_id = s.route_id;
INSERT INTO fact_route (route_id, person_key, created_date, tutor_key, status, completed_date)
SELECT route_id, person_key, created_date, tutor_key, status, completed_date FROM stage.main.routes;
