-- Every issued recommendation with the date of its issue, by year and municipality in order of severity.
SELECT r.year, r.municipality_code, r.indicator, r.condition, r.severity, r.position, r.value, r.baseline, r.text, r.responsible, r.term, i.issued_on
FROM rec_recommendation r JOIN rec_issue i USING (year)
ORDER BY r.year, r.municipality_code, r.position;
