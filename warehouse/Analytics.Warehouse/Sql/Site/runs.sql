-- The last 30 runs that did something: an ingest or service run that found no file in the inbox
-- (the service looks every five minutes) is counted by idle_runs.sql instead of listed.
SELECT run_id, command, started_at, finished_at, outcome, files_seen, files_loaded, files_skipped, files_refused, rows_loaded, rows_refused, coalesce(error, note)
FROM audit_run
WHERE NOT (command IN ('ingest', 'serve') AND outcome = 'done' AND files_seen = 0)
ORDER BY run_id DESC LIMIT 30;
