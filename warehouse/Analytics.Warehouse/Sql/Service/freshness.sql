-- For the banner: the outcome of the last ingest run, the newest load, and the files refused whole
-- since the last run that loaded anything (how many distinct file names, and the latest three).
-- A file that stays in the inbox and is refused again each cycle (a FIFO, an unreadable file) is
-- counted once, and it does not hide the files refused beside it in the run that loaded the rest.
WITH runs AS (
    SELECT run_id, outcome, files_loaded FROM audit_run
    WHERE command IN ('ingest', 'serve') AND outcome <> 'running'
), since AS (
    SELECT coalesce(max(run_id) FILTER (WHERE files_loaded > 0), max(run_id)) AS run_id FROM runs
), refused AS (
    SELECT file_name, max(file_id) AS file_id FROM audit_file
    WHERE outcome = 'refused' AND run_id >= (SELECT run_id FROM since)
    GROUP BY file_name
)
SELECT (SELECT outcome FROM runs ORDER BY run_id DESC LIMIT 1) AS last_outcome,
       (SELECT max(loaded_at) FROM audit_file WHERE outcome = 'loaded') AS newest_load,
       (SELECT count(*) FROM refused) AS files_refused,
       (SELECT string_agg(file_name, ', ' ORDER BY file_id DESC)
        FROM (SELECT file_id, file_name FROM refused ORDER BY file_id DESC LIMIT 3)) AS refused_names;
