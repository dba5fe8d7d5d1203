-- The issue of a year's set: the date and the run that recorded it.
INSERT INTO rec_issue (year, issued_on, run_id, recommendations) VALUES ($year, $issued_on, $run_id, $recommendations);
