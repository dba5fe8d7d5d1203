-- A site build recorded among the runs, so that a failure is visible on data.html.
INSERT INTO audit_run (run_id, command, started_at, finished_at, outcome, error)
VALUES (nextval('audit_run_seq'), 'site', $started_at, $finished_at, $outcome, $error);
