-- The distinct reasons a loaded file's rows were refused for.
SELECT DISTINCT reason FROM audit_refusal WHERE file_id = $file_id;
