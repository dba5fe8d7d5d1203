SELECT indicator, from_year, target FROM target_override ORDER BY indicator, from_year;
