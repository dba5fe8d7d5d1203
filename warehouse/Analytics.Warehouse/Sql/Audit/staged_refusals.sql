SELECT line, column_name, value, reason FROM staging.refused ORDER BY line;
