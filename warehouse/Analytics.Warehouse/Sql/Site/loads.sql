-- The data page: when each kind was last loaded, with files and rows (counts only).
SELECT coalesce(kind, '—') AS kind, max(loaded_at) AS last_loaded,
       count(*) FILTER (WHERE outcome = 'loaded') AS files_loaded,
       count(*) FILTER (WHERE outcome = 'refused') AS files_refused,
       sum(rows_loaded)::BIGINT AS rows_loaded, sum(rows_refused)::BIGINT AS rows_refused
FROM audit_file
GROUP BY ALL; -- listed in the contract's order of kinds by the site (SiteData.KindOrder)
