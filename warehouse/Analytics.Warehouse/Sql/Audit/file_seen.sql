-- The last record of these bytes loaded or refused for their content as this kind before, or no row.
-- A file refused for its name (an unknown kind; an extension other than .csv and .xlsx, recorded under
-- its name's hash) does not count, nor do the same bytes under another kind's name: they may come again
-- under a good name (a municipalities list dropped as «teachers_new.csv», refused, then renamed).
SELECT file_name, outcome, loaded_at, rows_refused, reason, file_id
FROM audit_file
WHERE content_hash = $hash AND kind = $kind
ORDER BY file_id DESC
LIMIT 1;
