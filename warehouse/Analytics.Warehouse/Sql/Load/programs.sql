-- The merge of a loaded file into the star schema. The valid, typed, pseudonymized rows are in the
-- stage table of the same name; their cell rules, row rules, references and in-file keys were
-- checked before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs).
INSERT OR REPLACE INTO dim_program (program_id, title, kind, hours, provider, federal_registry, network_form, updated_year, topics, areas)
SELECT program_id, title, kind, hours, provider, federal_registry, network_form, updated_year,
       CASE WHEN coalesce(topics, '') = '' THEN []::VARCHAR[] ELSE string_split(topics, ',') END,
       CASE WHEN coalesce(areas, '') = '' THEN []::VARCHAR[] ELSE string_split(areas, ',') END
FROM stage.main.programs;
