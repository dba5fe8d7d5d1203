-- A new issue of a year replaces the earlier set of that year.
DELETE FROM rec_recommendation WHERE year = $year;
DELETE FROM rec_issue WHERE year = $year;
