-- The merge of a loaded file into the star schema. The valid, typed rows are in the stage table
-- of the same name; their cell rules, row rules, references and in-file keys were checked
-- before, as the contract declares (etl/Analytics.Etl/Validation/ContractSql.cs). A regional
-- measure («регион») is stored as 'region'.
CREATE OR REPLACE TEMP TABLE measures_in AS
SELECT CASE WHEN lower(municipality_code) IN ('region', 'регион') THEN 'region' ELSE municipality_code END AS municipality_code,
       indicator, year, title, start_date, end_date, responsible, status
FROM stage.main.measures;
DELETE FROM fact_measure f USING measures_in s
WHERE f.municipality_code = s.municipality_code AND f.indicator = s.indicator AND f.year = s.year AND f.title = s.title;
INSERT INTO fact_measure (municipality_code, indicator, year, title, start_date, end_date, responsible, status)
SELECT municipality_code, indicator, year, title, start_date, end_date, responsible, status FROM measures_in;
DROP TABLE measures_in;
