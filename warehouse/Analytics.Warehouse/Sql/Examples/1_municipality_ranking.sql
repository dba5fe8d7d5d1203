-- Охват диагностикой по муниципалитетам за последний год: значение, цель, место (лучшие сверху). Скрытые значения в рейтинг не входят.
SELECT i.entity_name AS municipality, round(i.value, 1) AS value, i.target, i.meets_target, s.rank, s.of
FROM mart_indicator i
JOIN mart_standing s ON s.indicator = i.indicator AND s.year = i.year AND s.municipality_code = i.entity_code
WHERE i.indicator = 'diag_coverage' AND i.level = 'municipality' AND i.year = (SELECT max(year) FROM dim_year)
ORDER BY s.rank, municipality;
