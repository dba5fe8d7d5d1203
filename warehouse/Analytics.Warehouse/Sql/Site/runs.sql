SELECT run_id, command, started_at, finished_at, outcome, files_seen, files_loaded, files_skipped, files_refused, rows_loaded, rows_refused, coalesce(error, note)
FROM audit_run ORDER BY run_id DESC LIMIT 30;
