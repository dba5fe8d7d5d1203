-- The years that have indicator values, in order (an output asked for another year is empty).
SELECT DISTINCT year FROM mart_indicator ORDER BY year
