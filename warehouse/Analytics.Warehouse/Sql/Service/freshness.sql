-- For the banner: the outcome of the last ingest run, the newest load, and the files the last run
-- refused whole (how many, and the names of the latest such refusals, at most three).
WITH last AS (
    SELECT outcome, files_refused FROM audit_run
    WHERE command IN ('ingest', 'serve') AND outcome <> 'running' ORDER BY run_id DESC LIMIT 1
)
SELECT (SELECT outcome FROM last) AS last_outcome,
       (SELECT max(loaded_at) FROM audit_file WHERE outcome = 'loaded') AS newest_load,
       coalesce((SELECT files_refused FROM last), 0) AS files_refused,
       (SELECT string_agg(file_name, ', ' ORDER BY file_id DESC)
        FROM (SELECT file_id, file_name FROM audit_file WHERE outcome = 'refused' ORDER BY file_id DESC
              LIMIT least(3, coalesce((SELECT files_refused FROM last), 0)))) AS refused_names;
