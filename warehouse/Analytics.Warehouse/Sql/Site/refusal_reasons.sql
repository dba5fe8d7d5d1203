-- Refusals by kind and reason: the reason's part before the first colon (what follows names a
-- line or a detail, never a value), so that refusals of the same rule are one row.
SELECT coalesce(f.kind, '—') AS kind, r.column_name, split_part(r.reason, ':', 1) AS reason, count(*) AS refusals
FROM audit_refusal r JOIN audit_file f USING (file_id)
GROUP BY ALL
UNION ALL
SELECT coalesce(kind, '—'), '', split_part(reason, ':', 1), count(*) FROM audit_file WHERE outcome = 'refused' GROUP BY ALL
ORDER BY refusals DESC, kind, reason
LIMIT 100;
