-- Which of these kinds (comma-separated) have loaded rows since a moment: a reference updated after a file's rows were
-- refused for a code missing from it.
SELECT DISTINCT kind FROM audit_file
WHERE outcome = 'loaded' AND rows_loaded > 0 AND loaded_at > $at AND list_contains(string_split($kinds, ','), kind)
ORDER BY kind;
