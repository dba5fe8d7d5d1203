-- The targets loaded from targets files (they win over a built-in target of the same first year).
SELECT indicator, from_year, target FROM target_override ORDER BY indicator, from_year;
