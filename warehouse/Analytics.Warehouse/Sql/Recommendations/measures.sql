-- The measures taken on recommendations (fact_measure), for the analysis of effectiveness.
SELECT municipality_code, indicator, year, title, status FROM fact_measure ORDER BY year, municipality_code, indicator, title;
