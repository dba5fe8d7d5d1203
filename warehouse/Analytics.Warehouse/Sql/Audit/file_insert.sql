INSERT INTO audit_file (file_id, run_id, file_name, kind, content_hash, outcome, rows_read, rows_loaded, rows_refused, reason, archived_as, loaded_at, elapsed_ms, notes)
VALUES (nextval('audit_file_seq'), $run_id, $file_name, $kind, $hash, $outcome, $rows_read, $rows_loaded, $rows_refused, $reason, $archived_as, $loaded_at, $elapsed_ms, $notes)
RETURNING file_id;
