-- Indicator codes are checked against the catalog (dim_indicator), case-insensitively.
UPDATE staging.targets SET indicator = lower(indicator);
INSERT INTO staging.refused
SELECT line, 'indicator', indicator,
       'недопустимое значение; допустимо: ' || (SELECT string_agg(code, ', ' ORDER BY sort_order) FROM dim_indicator)
FROM staging.targets
WHERE indicator NOT IN (SELECT code FROM dim_indicator);
DELETE FROM staging.targets WHERE line IN (SELECT line FROM staging.refused);

INSERT INTO staging.refused
SELECT line, 'indicator', indicator, 'повтор ключа (indicator, from_year) в файле: действует строка ' || last_line
FROM (SELECT line, indicator, max(line) OVER (PARTITION BY indicator, from_year) AS last_line FROM staging.targets)
WHERE line < last_line;
DELETE FROM staging.targets WHERE line IN (SELECT line FROM staging.refused);

DELETE FROM target_override t USING staging.targets s
WHERE t.indicator = s.indicator AND t.from_year = s.from_year;
INSERT INTO target_override (indicator, from_year, target)
SELECT indicator, from_year, target FROM staging.targets;
