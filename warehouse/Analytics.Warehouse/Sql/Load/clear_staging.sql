-- Empties every staging table: before a file is staged and before its transaction commits,
-- so that the committed warehouse never holds staged rows.
DELETE FROM staging.municipalities;
DELETE FROM staging.organizations;
DELETE FROM staging.programs;
DELETE FROM staging.teachers;
DELETE FROM staging.diagnostics;
DELETE FROM staging.courses;
DELETE FROM staging.routes;
DELETE FROM staging.mentoring;
DELETE FROM staging.methodists;
DELETE FROM staging.staffing;
DELETE FROM staging.targets;
DELETE FROM staging.refused;
