-- Every indicator row (indicator_rows) becomes a value of the methodology: the region has a row
-- for every indicator and year; the value follows the measure (a share, a ratio, per 1,000, a
-- count); the target is the one with the largest first year <= Y (a targets file's row wins over
-- a built-in target of the same first year; a count's at the region only). Suppression of the person-based values below the
-- region: primary where the denominator is below $min_cell; complementary for the smallest other
-- cell of the same parent (the region's municipalities, a municipality's organizations) when the
-- parent has exactly one primary cell. A share of persons gets its 95 % Wilson interval. Aggregates, not windows, and plain equality joins: this runs
-- over millions of organization rows at the national scale. Reads the temp tables catalog,
-- builtin_targets and years that the engine fills from the catalog; names are joined at read.
CREATE OR REPLACE TEMP TABLE indicator_values AS
WITH region AS (
    SELECT c.code AS indicator, y.year, 'region' AS level, 'region' AS entity_code, NULL::VARCHAR AS municipality_code,
           coalesce(r.numerator, 0) AS numerator, coalesce(r.denominator, 0) AS denominator
    FROM catalog c
    CROSS JOIN years y
    LEFT JOIN indicator_rows r ON r.indicator = c.code AND r.year = y.year AND r.level = 'region'
), below AS (
    SELECT r.indicator, r.year, r.level, r.entity_code, r.municipality_code, r.numerator, r.denominator
    FROM indicator_rows r
    JOIN catalog c ON c.code = r.indicator
    WHERE (r.level = 'municipality' AND c.municipalities OR r.level = 'organization' AND c.organizations)
      AND (NOT c.person_based OR r.denominator > 0)
), series AS (
    SELECT indicator, from_year, target FROM target_override
    UNION ALL
    SELECT b.indicator, b.from_year, b.target FROM builtin_targets b
    WHERE NOT EXISTS (SELECT 1 FROM target_override o WHERE o.indicator = b.indicator AND o.from_year = b.from_year)
), targets AS (
    SELECT y.year, t.indicator, arg_max(t.target, t.from_year) AS target
    FROM years y JOIN series t ON t.from_year <= y.year
    GROUP BY ALL
), valued AS (
    SELECT a.indicator, a.year, a.level, a.entity_code, a.municipality_code, a.numerator,
           CASE WHEN c.measure = 'count' THEN NULL ELSE a.denominator END AS denominator,
           CASE WHEN c.measure = 'count' THEN coalesce(a.numerator, 0)
                WHEN NOT a.denominator > 0 THEN NULL
                WHEN c.measure = 'share' THEN 100 * a.numerator / a.denominator
                WHEN c.measure = 'per_thousand' THEN 1000 * a.numerator / a.denominator
                ELSE a.numerator / a.denominator END AS value,
           -- A count's target is a total for the region (methodical active, vacancies): no municipality or
           -- school meets or misses it with its own part.
           CASE WHEN c.measure = 'count' AND a.level <> 'region' THEN NULL ELSE t.target END AS target, c.sort_order, c.higher,
           -- The 95 % Wilson score interval of a share of persons (z = 1.959964), in percent.
           CASE WHEN c.person_based AND c.measure = 'share' AND a.denominator > 0 THEN
               100 * ((a.numerator / a.denominator + 3.841459 / (2 * a.denominator))
                      - 1.959964 * sqrt(greatest(a.numerator / a.denominator * (1 - a.numerator / a.denominator), 0) / a.denominator + 3.841459 / (4 * a.denominator * a.denominator)))
                   / (1 + 3.841459 / a.denominator) END AS ci_low,
           CASE WHEN c.person_based AND c.measure = 'share' AND a.denominator > 0 THEN
               100 * ((a.numerator / a.denominator + 3.841459 / (2 * a.denominator))
                      + 1.959964 * sqrt(greatest(a.numerator / a.denominator * (1 - a.numerator / a.denominator), 0) / a.denominator + 3.841459 / (4 * a.denominator * a.denominator)))
                   / (1 + 3.841459 / a.denominator) END AS ci_high,
           c.person_based AND a.level <> 'region' AS suppressible
    FROM (SELECT * FROM region UNION ALL SELECT * FROM below) a
    JOIN catalog c ON c.code = a.indicator
    LEFT JOIN targets t ON t.indicator = a.indicator AND t.year = a.year
), primaries AS (
    -- The primary cells (few) per parent: only a parent with exactly one needs a complementary cell.
    -- An empty cell is no primary cell, as below (person rows under the region are never empty).
    SELECT b.indicator, b.year, b.level, CASE WHEN b.level = 'organization' THEN b.municipality_code END AS parent, count(*) AS primary_cells
    FROM below b JOIN catalog c ON c.code = b.indicator
    WHERE c.person_based AND b.denominator > 0 AND b.denominator < $min_cell
    GROUP BY ALL
), complementary AS (
    SELECT b.indicator, b.year, b.level, p.parent, arg_min(b.entity_code, (b.denominator, b.entity_code)) AS entity_code
    FROM below b
    JOIN primaries p ON p.indicator = b.indicator AND p.year = b.year AND p.level = b.level
        AND p.parent IS NOT DISTINCT FROM (CASE WHEN b.level = 'organization' THEN b.municipality_code END)
    WHERE p.primary_cells = 1 AND b.denominator >= $min_cell
    GROUP BY ALL
)
SELECT v.indicator, v.year, v.level, v.entity_code,
       v.municipality_code, v.numerator, v.denominator, v.value, v.target,
       CASE WHEN v.target IS NULL OR v.value IS NULL THEN NULL WHEN v.higher THEN v.value >= v.target ELSE v.value <= v.target END AS meets_target,
       coalesce(v.suppressible AND v.denominator > 0
           AND (v.denominator < $min_cell OR s.entity_code IS NOT NULL), false) AS suppressed,
       v.sort_order, v.ci_low, v.ci_high
FROM valued v
LEFT JOIN complementary s ON s.indicator = v.indicator AND s.year = v.year AND s.level = v.level AND s.entity_code = v.entity_code;
