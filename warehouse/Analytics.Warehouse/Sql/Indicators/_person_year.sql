-- The person-year view: one row per person of S(Y), every event flag the catalog's person-based
-- indicators count (their numerators and denominators are conditions over these columns,
-- declared in IndicatorCatalog.cs and summed in one GROUPING SETS pass that streams this view).
-- Deficit areas and program topics are bit masks: a term's bit is its place in the vocabulary
-- (temp tables area_bits and topic_bits, filled by the engine). Temp objects only, so the
-- engine runs on a read-only connection. $threshold: a score below it is a deficit.

-- S(Y) with the organization, its municipality and type; the young teacher of the methodology.
CREATE OR REPLACE TEMP VIEW s_staff AS
SELECT s.year, s.person_key, s.org_id, o.municipality_code, o.type AS org_type, s.role,
       s.year - s.birth_year < 35 AND s.experience_years < 3 AS young
FROM fact_staff s
JOIN dim_organization o USING (org_id);

-- The latest result of each area in a year: the areas with a result, and those with a deficit.
-- One grouping by person and year: {deficit_mask} is written by the engine from the vocabulary,
-- for each area bit B: (CASE WHEN arg_max(d.score, d.date) FILTER (WHERE b.bit = B) < $threshold THEN B ELSE 0 END),
-- OR-ed together (a grouping by person, year and area, then by person and year, took a third longer).
CREATE OR REPLACE TEMP TABLE s_diagnosed AS
SELECT d.person_key, year(d.date) AS year, bit_or(b.bit) AS result_mask, {deficit_mask} AS deficit_mask
FROM fact_diagnostic d JOIN area_bits b ON b.code = d.area
GROUP BY ALL;

-- Results with a deficit: a route or a course is diagnostic-based when one lies in the 365 days before it.
CREATE OR REPLACE TEMP TABLE s_deficit AS
SELECT person_key, date, area FROM fact_diagnostic WHERE score < $threshold;

-- Diagnostic-based routes created in a year, and whether one of them has a tutor.
CREATE OR REPLACE TEMP TABLE s_routed AS
SELECT r.person_key, year(r.created_date) AS year, bool_or(r.tutor_key IS NOT NULL) AS tutored
FROM fact_route r
WHERE EXISTS (SELECT 1 FROM s_deficit d WHERE d.person_key = r.person_key AND d.date BETWEEN r.created_date - 365 AND r.created_date)
GROUP BY ALL;

-- The topics of each program as a mask.
CREATE OR REPLACE TEMP TABLE s_program_topics AS
SELECT u.program_id, bit_or(t.bit) AS topic_mask
FROM (SELECT program_id, unnest(topics) AS topic FROM dim_program) u
JOIN topic_bits t ON t.code = u.topic
GROUP BY ALL;

-- Courses completed in a year: whether one is a diagnostic-based course of a federal-registry
-- program (a deficit in an area the program addresses), and the topics of their programs. The
-- deficit test joins only the federal-registry courses (a join, not a test per course).
CREATE OR REPLACE TEMP TABLE s_completed AS
WITH done AS (
    SELECT person_key, year(end_date) AS year, start_date, program_id
    FROM fact_course
    WHERE status = 'completed' AND end_date IS NOT NULL
), frdpp AS (
    SELECT DISTINCT c.person_key, c.year
    FROM done c
    JOIN dim_program p ON p.program_id = c.program_id AND p.federal_registry
    JOIN s_deficit d ON d.person_key = c.person_key AND d.date BETWEEN c.start_date - 365 AND c.start_date
    WHERE list_contains(p.areas, d.area)
)
SELECT c.person_key, c.year, bool_or(f.person_key IS NOT NULL) AS frdpp, bit_or(coalesce(t.topic_mask, 0)) AS topic_mask
FROM done c
LEFT JOIN s_program_topics t USING (program_id)
LEFT JOIN frdpp f ON f.person_key = c.person_key AND f.year = c.year
GROUP BY ALL;

-- Courses by the year they count for: completed in Y (with the federal-registry flag), and
-- trained in Y−2..Y with the topics of those courses (one table, so one join below).
CREATE OR REPLACE TEMP TABLE s_courses AS
SELECT person_key, year + k AS year, bool_or(k = 0) AS completed, bool_or(k = 0 AND frdpp) AS frdpp, bit_or(topic_mask) AS topic_mask
FROM s_completed, range(3) t(k)
GROUP BY ALL;

-- Young teachers with a mentoring record overlapping the year.
CREATE OR REPLACE TEMP TABLE s_mentored AS
SELECT DISTINCT s.person_key, s.year
FROM s_staff s
JOIN fact_mentoring m ON m.mentee_key = s.person_key
WHERE s.young AND m.start_date <= make_date(s.year, 12, 31) AND (m.end_date IS NULL OR m.end_date >= make_date(s.year, 1, 1));

CREATE OR REPLACE TEMP VIEW person_year AS
SELECT s.year, s.org_id, s.municipality_code, s.org_type, s.role, s.young,
       d.person_key IS NOT NULL AS diagnosed, coalesce(d.result_mask, 0) AS result_mask, coalesce(d.deficit_mask, 0) AS deficit_mask,
       r.person_key IS NOT NULL AS routed, coalesce(r.tutored, false) AS tutored,
       coalesce(c.completed, false) AS completed, coalesce(c.frdpp, false) AS frdpp,
       c.person_key IS NOT NULL AS trained_3y, coalesce(c.topic_mask, 0) AS topics_3y,
       m.person_key IS NOT NULL AS mentored
FROM s_staff s
LEFT JOIN s_diagnosed d ON d.person_key = s.person_key AND d.year = s.year
LEFT JOIN s_routed r ON r.person_key = s.person_key AND r.year = s.year
LEFT JOIN s_courses c ON c.person_key = s.person_key AND c.year = s.year
LEFT JOIN s_mentored m ON m.person_key = s.person_key AND m.year = s.year;
