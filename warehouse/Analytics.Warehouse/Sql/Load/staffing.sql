-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
DELETE FROM fact_staffing f USING stage.main.staffing s
WHERE f.org_id = s.org_id AND f.date = s.date;
INSERT INTO fact_staffing (org_id, date, positions, filled)
SELECT org_id, date, positions, filled FROM stage.main.staffing;
