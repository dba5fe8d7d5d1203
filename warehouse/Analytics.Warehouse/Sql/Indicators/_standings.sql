-- Each published municipality value of a comparable indicator with its standing (the analysis
-- methods of seed 002, appendix 1):
--   rank: 1 = best by the indicator's direction, ties share the better rank, out of `of`; a
--     municipality whose ratio has a zero denominator but a numerator (staff and no methodist)
--     has no value and ranks last;
--   gaps to the region, to the target and to the median municipality, the change from the
--     previous year's published value;
--   scaled score 0-100 over the municipalities (min-max, direction-aware: 100 = the best; the
--     zero-denominator case scores 0) and the level group by terciles of the score
--     (высокий / средний / низкий), cut where ntile(3) cuts n places (after ceil(n/3) and
--     ceil(2n/3)); municipalities of one score share a group, the one of the middle of the
--     places they cover (cut by code, nine without a methodist were one средний, eight низкий);
--   significance: for a share of persons, whether its 95 % Wilson interval excludes the target
--     (resp. the median); NULL when the value has no interval (not a share of persons) or there
--     is no target.
-- The level group of a place among n, a tie placed at the middle of the places it covers.
CREATE OR REPLACE TEMP MACRO level_group(middle_place, places) AS
    CASE WHEN middle_place <= (places + 2) // 3 THEN 'высокий' WHEN middle_place <= (2 * places + 2) // 3 THEN 'средний' ELSE 'низкий' END;

CREATE OR REPLACE TEMP TABLE standing_values AS
WITH published AS (
    SELECT v.*, c.higher, c.grp FROM indicator_values v JOIN catalog c ON c.code = v.indicator AND c.municipalities AND c.comparable
    WHERE v.level = 'municipality' AND NOT v.suppressed
      AND (v.value IS NOT NULL OR (c.measure = 'ratio' AND NOT c.higher AND v.denominator = 0 AND v.numerator > 0))
), spread AS (
    SELECT indicator, year, min(value) AS lo, max(value) AS hi, median(value) AS median
    FROM published GROUP BY indicator, year
), scored AS (
    SELECT p.*, s.median,
           CASE WHEN p.value IS NULL THEN 0.0
                WHEN s.hi = s.lo THEN 100.0
                WHEN p.higher THEN 100 * (p.value - s.lo) / (s.hi - s.lo)
                ELSE 100 * (s.hi - p.value) / (s.hi - s.lo) END AS scaled_score
    FROM published p JOIN spread s ON s.indicator = p.indicator AND s.year = p.year
), placed AS (
    SELECT p.*,
           rank() OVER (PARTITION BY p.indicator, p.year ORDER BY p.scaled_score DESC)
             + (count(*) OVER (PARTITION BY p.indicator, p.year, p.scaled_score) - 1) / 2.0 AS middle_place,
           count(*) OVER (PARTITION BY p.indicator, p.year) AS places
    FROM scored p
)
SELECT p.indicator, p.year, p.entity_code AS municipality_code, p.value,
       rank() OVER (PARTITION BY p.indicator, p.year ORDER BY CASE WHEN p.value IS NULL THEN 'Infinity'::DOUBLE WHEN p.higher THEN -p.value ELSE p.value END)::INTEGER AS rank,
       count(*) OVER (PARTITION BY p.indicator, p.year)::INTEGER AS of,
       p.value - r.value AS gap_to_region, p.value - p.target AS gap_to_target, p.value - b.value AS change_from_previous_year,
       p.median, p.value - p.median AS gap_to_median,
       p.scaled_score,
       level_group(p.middle_place, p.places) AS level_group,
       CASE WHEN p.ci_low IS NULL OR p.target IS NULL THEN NULL ELSE NOT (p.target BETWEEN p.ci_low AND p.ci_high) END AS differs_from_target,
       CASE WHEN p.ci_low IS NULL THEN NULL ELSE NOT (p.median BETWEEN p.ci_low AND p.ci_high) END AS differs_from_median,
       p.grp, p.sort_order
FROM placed p
JOIN indicator_values r ON r.indicator = p.indicator AND r.year = p.year AND r.level = 'region'
LEFT JOIN indicator_values b ON b.indicator = p.indicator AND b.year = p.year - 1 AND b.entity_code = p.entity_code
      AND b.level = 'municipality' AND NOT b.suppressed;

-- The composite index of each municipality and year over the comparable indicators: the mean
-- scaled score within each group of indicators first, then the mean over the groups, so that the
-- five deficit areas do not outweigh the rest; ranked (1 = best) with its level group by terciles
-- (as the standings': a tie takes the group of the middle of its places).
CREATE OR REPLACE TEMP TABLE composite_values AS
WITH groups AS (
    SELECT year, municipality_code, grp, avg(scaled_score) AS score, count(*) AS indicators
    FROM standing_values GROUP BY year, municipality_code, grp
), composite AS (
    SELECT year, municipality_code, avg(score) AS composite_index, count(*)::INTEGER AS groups, sum(indicators)::INTEGER AS indicators
    FROM groups GROUP BY year, municipality_code
), placed AS (
    SELECT c.*,
           rank() OVER (PARTITION BY year ORDER BY composite_index DESC)::INTEGER AS rank,
           count(*) OVER (PARTITION BY year)::INTEGER AS of,
           count(*) OVER (PARTITION BY year, composite_index) AS ties
    FROM composite c
)
SELECT year, municipality_code, composite_index, groups, indicators, rank, of,
       level_group(rank + (ties - 1) / 2.0, of) AS level_group
FROM placed;
