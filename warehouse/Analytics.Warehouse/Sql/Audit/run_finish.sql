UPDATE audit_run SET
    finished_at = $finished_at, outcome = $outcome,
    files_seen = $files_seen, files_loaded = $files_loaded, files_skipped = $files_skipped, files_refused = $files_refused,
    rows_read = $rows_read, rows_loaded = $rows_loaded, rows_refused = $rows_refused, error = $error
WHERE run_id = $run_id;
