-- The date of the year's earlier issue, if any.
SELECT issued_on FROM rec_issue WHERE year = $year;
