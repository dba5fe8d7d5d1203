-- The ingest and service runs that found no file in the inbox: how many, and when the last one started.
SELECT count(*), max(started_at)
FROM audit_run
WHERE command IN ('ingest', 'serve') AND outcome = 'done' AND files_seen = 0;
