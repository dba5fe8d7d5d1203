-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
DELETE FROM target_override t USING stage.main.targets s
WHERE t.indicator = s.indicator AND t.from_year = s.from_year;
INSERT INTO target_override (indicator, from_year, target)
SELECT indicator, from_year, target FROM stage.main.targets;
