-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT OR REPLACE INTO dim_municipality (code, name, kind)
SELECT code, name, kind FROM stage.main.municipalities;
