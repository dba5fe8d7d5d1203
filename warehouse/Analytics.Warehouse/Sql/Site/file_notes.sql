-- The data page: the last loaded files with notes (a header field that looks like a column the file lacks,
-- a year in the name that none of its rows has); names as recorded, notes without values from the files.
SELECT file_name, coalesce(kind, '—') AS kind, loaded_at, notes
FROM audit_file
WHERE notes IS NOT NULL
ORDER BY file_id DESC
LIMIT 30;
