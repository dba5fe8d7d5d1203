-- Динамика показателей по региону: строка на показатель, столбец на год.
PIVOT (
    SELECT d.sort_order, d.name_ru AS indicator, d.unit, i.year, round(i.value, 1) AS value
    FROM mart_indicator i JOIN dim_indicator d ON d.code = i.indicator
    WHERE i.level = 'region'
) ON year USING first(value)
ORDER BY sort_order;
