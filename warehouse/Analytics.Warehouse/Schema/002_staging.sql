-- Staging tables: one per file kind, filled by the Appender inside the file's transaction and
-- emptied before each file. `line` is the physical line (CSV) or sheet row (XLSX) of the row.

CREATE TABLE IF NOT EXISTS staging.municipalities (line BIGINT, code VARCHAR, name VARCHAR, kind VARCHAR);
CREATE TABLE IF NOT EXISTS staging.organizations (line BIGINT, org_id VARCHAR, name VARCHAR, municipality_code VARCHAR, type VARCHAR, low_results BOOLEAN);
CREATE TABLE IF NOT EXISTS staging.programs (line BIGINT, program_id VARCHAR, title VARCHAR, kind VARCHAR, hours INTEGER, provider VARCHAR, federal_registry BOOLEAN, network_form BOOLEAN, updated_year INTEGER, topics VARCHAR, areas VARCHAR);
CREATE TABLE IF NOT EXISTS staging.teachers (line BIGINT, year INTEGER, person_key UUID, birth_year INTEGER, org_id VARCHAR, role VARCHAR, experience_years INTEGER, position VARCHAR);
CREATE TABLE IF NOT EXISTS staging.diagnostics (line BIGINT, person_key UUID, date DATE, area VARCHAR, score DOUBLE);
CREATE TABLE IF NOT EXISTS staging.courses (line BIGINT, person_key UUID, program_id VARCHAR, start_date DATE, end_date DATE, status VARCHAR);
CREATE TABLE IF NOT EXISTS staging.routes (line BIGINT, route_id VARCHAR, person_key UUID, created_date DATE, tutor_key UUID, status VARCHAR, completed_date DATE);
CREATE TABLE IF NOT EXISTS staging.mentoring (line BIGINT, mentee_key UUID, mentor_key UUID, start_date DATE, end_date DATE, form VARCHAR);
CREATE TABLE IF NOT EXISTS staging.methodists (line BIGINT, year INTEGER, person_key UUID, municipality_code VARCHAR, role VARCHAR);
CREATE TABLE IF NOT EXISTS staging.staffing (line BIGINT, org_id VARCHAR, date DATE, positions DOUBLE, filled DOUBLE);
CREATE TABLE IF NOT EXISTS staging.targets (line BIGINT, indicator VARCHAR, from_year INTEGER, target DOUBLE);
CREATE TABLE IF NOT EXISTS staging.refused (line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR);
ALTER TABLE staging.refused DROP COLUMN IF EXISTS stage;
