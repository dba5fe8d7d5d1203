-- Refusals by kind and reason (the part before the first colon, without values).
SELECT coalesce(f.kind, '—') AS kind, r.column_name, r.reason, count(*) AS refusals
FROM audit_refusal r JOIN audit_file f USING (file_id)
GROUP BY ALL
UNION ALL
SELECT coalesce(kind, '—'), '', reason, count(*) FROM audit_file WHERE outcome = 'refused' GROUP BY ALL
ORDER BY refusals DESC, kind, reason
LIMIT 100;
