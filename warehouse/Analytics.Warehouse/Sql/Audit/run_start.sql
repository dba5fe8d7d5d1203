INSERT INTO audit_run (run_id, command, started_at, outcome)
VALUES (nextval('audit_run_seq'), $command, $started_at, 'running')
RETURNING run_id;
