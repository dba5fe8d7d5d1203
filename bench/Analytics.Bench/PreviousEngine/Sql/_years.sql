SELECT year FROM dim_year WHERE year IN (SELECT DISTINCT year FROM fact_staff) ORDER BY year;
