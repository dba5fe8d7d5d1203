-- The standings of the published municipality values, in catalog order, then year and rank.
SELECT s.indicator, s.year, s.municipality_code, s.value, s.rank, s.of, s.gap_to_region, s.gap_to_target, s.change_from_previous_year,
       s.median, s.gap_to_median, s.scaled_score, s.level_group, s.differs_from_target, s.differs_from_median
FROM mart_standing s
JOIN dim_indicator d ON d.code = s.indicator
ORDER BY d.sort_order, s.year, s.rank, s.municipality_code
