-- A run that failed before it could reach the warehouse (it was held by another process),
-- recorded at the next open.
INSERT INTO audit_run (run_id, command, started_at, finished_at, outcome, error)
VALUES (nextval('audit_run_seq'), $command, $started_at, $finished_at, 'failed', $error);
