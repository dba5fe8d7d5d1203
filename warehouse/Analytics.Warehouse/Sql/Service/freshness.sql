-- For the stale-data banner: the outcome of the last ingest run and the newest load.
SELECT (SELECT outcome FROM audit_run WHERE command IN ('ingest', 'serve') AND outcome <> 'running' ORDER BY run_id DESC LIMIT 1) AS last_outcome,
       (SELECT max(loaded_at) FROM audit_file WHERE outcome = 'loaded') AS newest_load;
