-- The last record of these bytes loaded or refused for their content before, or no row. A file refused
-- for its name (an unknown kind; an extension other than .csv and .xlsx, recorded under its name's hash)
-- does not count: the same bytes may come again under a good name.
SELECT file_name, outcome, loaded_at, rows_refused, reason
FROM audit_file
WHERE content_hash = $hash AND kind IS NOT NULL
ORDER BY file_id DESC
LIMIT 1;
