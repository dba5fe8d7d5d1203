INSERT INTO staging.refused
SELECT line, 'program_id', program_id, 'повтор ключа (program_id) в файле: действует строка ' || last_line
FROM (SELECT line, program_id, max(line) OVER (PARTITION BY program_id) AS last_line FROM staging.programs)
WHERE line < last_line;
DELETE FROM staging.programs WHERE line IN (SELECT line FROM staging.refused);

INSERT OR REPLACE INTO dim_program (program_id, title, kind, hours, provider, federal_registry, network_form, updated_year, topics, areas)
SELECT program_id, title, kind, hours, provider, federal_registry, network_form, updated_year,
       CASE WHEN coalesce(topics, '') = '' THEN []::VARCHAR[] ELSE string_split(topics, ',') END,
       CASE WHEN coalesce(areas, '') = '' THEN []::VARCHAR[] ELSE string_split(areas, ',') END
FROM staging.programs;
