-- Whether these bytes were loaded or refused for their content before. A file refused for its
-- name (an unknown kind) does not count: the same bytes may come again under a good name.
SELECT count(*) FROM audit_file WHERE content_hash = $hash AND kind IS NOT NULL;
