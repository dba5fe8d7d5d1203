-- The years with an issued set and their dates.
SELECT year, issued_on FROM rec_issue ORDER BY year;
