-- The composite index of the municipalities, per year then rank.
SELECT year, municipality_code, composite_index, groups, indicators, rank, of, level_group
FROM mart_composite
ORDER BY year, rank, municipality_code
