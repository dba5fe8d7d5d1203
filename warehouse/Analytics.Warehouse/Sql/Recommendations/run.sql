-- The issue recorded among the runs (data.html shows it, with the note on a replaced set).
INSERT INTO audit_run (run_id, command, started_at, finished_at, outcome, rows_loaded, note)
VALUES (nextval('audit_run_seq'), 'recommendations', $started_at, now()::TIMESTAMP, 'done', $rows, $note)
RETURNING run_id;
