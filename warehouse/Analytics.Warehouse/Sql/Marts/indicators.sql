-- The indicator values as every output publishes them: a suppressed row keeps its place and its
-- flag, its numerator, denominator and value are empty unless $include_suppressed (the owner's
-- explicit request). $org_indicators, when not NULL, keeps the organization level of only those
-- indicators (a comma-separated list; '' keeps none), and $org_municipality, when not NULL, of
-- only that municipality's organizations: the site needs a few of them, and at the
-- national scale the organization level is 98 % of the rows. In catalog order, then year, level
-- and entity.
SELECT v.indicator, v.year, v.level, v.entity_code, v.entity_name, v.municipality_code,
       CASE WHEN v.suppressed AND NOT $include_suppressed THEN NULL ELSE v.numerator END AS numerator,
       CASE WHEN v.suppressed AND NOT $include_suppressed THEN NULL ELSE v.denominator END AS denominator,
       CASE WHEN v.suppressed AND NOT $include_suppressed THEN NULL ELSE v.value END AS value,
       v.target,
       CASE WHEN v.suppressed AND NOT $include_suppressed THEN NULL ELSE v.meets_target END AS meets_target,
       v.suppressed,
       CASE WHEN v.suppressed AND NOT $include_suppressed THEN NULL ELSE v.ci_low END AS ci_low,
       CASE WHEN v.suppressed AND NOT $include_suppressed THEN NULL ELSE v.ci_high END AS ci_high
FROM mart_indicator v
JOIN dim_indicator d ON d.code = v.indicator
WHERE ($year IS NULL OR v.year = $year) AND ($level IS NULL OR v.level = $level)
  AND ($org_indicators IS NULL OR v.level <> 'organization' OR list_contains(string_split($org_indicators, ','), v.indicator))
  AND ($org_municipality IS NULL OR v.level <> 'organization' OR v.municipality_code = $org_municipality)
ORDER BY d.sort_order, v.year, CASE v.level WHEN 'region' THEN 0 WHEN 'municipality' THEN 1 ELSE 2 END, v.entity_code
