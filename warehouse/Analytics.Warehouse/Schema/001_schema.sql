-- The star schema of the warehouse. Idempotent: every statement can run on an existing warehouse.
-- No table holds a name, a birth date or a raw СНИЛС: persons are UUIDs made from the keyed
-- HMAC-SHA256 pseudonym of the normalized СНИЛС (see docs/privacy.md).


-- Dimensions ---------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS dim_municipality (
    code        VARCHAR PRIMARY KEY,   -- ОКТМО; stays when the kind changes
    name        VARCHAR NOT NULL,
    kind        VARCHAR
);

CREATE TABLE IF NOT EXISTS dim_organization (
    org_id            VARCHAR PRIMARY KEY,
    name              VARCHAR NOT NULL,
    municipality_code VARCHAR NOT NULL,
    type              VARCHAR NOT NULL,   -- school | preschool | additional | college | university | dpo
    low_results       BOOLEAN NOT NULL    -- ШНОР
);

CREATE TABLE IF NOT EXISTS dim_program (
    program_id       VARCHAR PRIMARY KEY,
    title            VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,    -- pk | pp
    hours            INTEGER,
    provider         VARCHAR,
    federal_registry BOOLEAN NOT NULL,
    network_form     BOOLEAN NOT NULL,
    updated_year     INTEGER,
    topics           VARCHAR[] NOT NULL,
    areas            VARCHAR[] NOT NULL
);

-- No index: a load adds the persons it does not find (an anti-join), which at national scale
-- costs a fraction of maintaining an index over millions of keys.
CREATE TABLE IF NOT EXISTS dim_person (
    person_key  UUID NOT NULL             -- first 128 bits of HMAC-SHA256(key, normalized СНИЛС)
);

CREATE TABLE IF NOT EXISTS dim_year (
    year        INTEGER PRIMARY KEY       -- a year with a staff snapshot
);

-- Rows kept equal to the vocabulary (Analytics.Contract/Vocabulary.cs) at every read-write open.
CREATE TABLE IF NOT EXISTS dim_deficit_area (
    code        VARCHAR PRIMARY KEY,
    name_ru     VARCHAR NOT NULL,
    sort_order  INTEGER NOT NULL
);

-- The indicators of the catalog (IndicatorCatalog.cs), kept equal to it at every read-write open:
-- the targets files are checked against it, and analysts join the marts to it.
CREATE TABLE IF NOT EXISTS dim_indicator (
    code        VARCHAR PRIMARY KEY,
    name_ru     VARCHAR NOT NULL,
    unit        VARCHAR NOT NULL,
    direction   VARCHAR NOT NULL,         -- higher | lower: which way is better
    sort_order  INTEGER NOT NULL
);

-- Facts --------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS fact_staff (
    year             INTEGER NOT NULL,
    person_key       UUID NOT NULL,
    org_id           VARCHAR NOT NULL,
    role             VARCHAR NOT NULL,    -- teacher | manager
    birth_year       INTEGER NOT NULL,
    experience_years INTEGER NOT NULL,
    position         VARCHAR
);

CREATE TABLE IF NOT EXISTS fact_diagnostic (
    person_key  UUID NOT NULL,
    date        DATE NOT NULL,
    area        VARCHAR NOT NULL,
    score       DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS fact_course (
    person_key  UUID NOT NULL,
    program_id  VARCHAR NOT NULL,
    start_date  DATE NOT NULL,
    end_date    DATE,
    status      VARCHAR NOT NULL          -- completed | in_progress | dropped
);

CREATE TABLE IF NOT EXISTS fact_route (
    route_id       VARCHAR NOT NULL,
    person_key     UUID NOT NULL,
    created_date   DATE NOT NULL,
    tutor_key      UUID,
    status         VARCHAR NOT NULL,      -- active | completed | cancelled
    completed_date DATE
);

CREATE TABLE IF NOT EXISTS fact_mentoring (
    mentee_key  UUID NOT NULL,
    mentor_key  UUID,
    start_date  DATE NOT NULL,
    end_date    DATE,
    form        VARCHAR
);

CREATE TABLE IF NOT EXISTS fact_methodist (
    year              INTEGER NOT NULL,
    person_key        UUID NOT NULL,
    municipality_code VARCHAR NOT NULL,
    role              VARCHAR NOT NULL    -- methodist | tutor | expert
);

CREATE TABLE IF NOT EXISTS fact_staffing (
    org_id      VARCHAR NOT NULL,
    date        DATE NOT NULL,
    positions   DOUBLE NOT NULL,
    filled      DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS target_override (
    indicator   VARCHAR NOT NULL,
    from_year   INTEGER NOT NULL,
    target      DOUBLE NOT NULL
);

-- Measures (мероприятия) taken on the addressed recommendations, from the measures files.
CREATE TABLE IF NOT EXISTS fact_measure (
    municipality_code VARCHAR NOT NULL,   -- dim_municipality.code, or 'region'
    indicator         VARCHAR NOT NULL,   -- dim_indicator.code
    year              INTEGER NOT NULL,   -- the year of the recommendation it answers
    title             VARCHAR NOT NULL,
    start_date        DATE NOT NULL,
    end_date          DATE,
    responsible       VARCHAR NOT NULL,   -- department | mms | mouo | heads | cnppm | togirro
    status            VARCHAR NOT NULL    -- planned | done | cancelled
);

-- Issued recommendations (`recommendations --issue`): a year's set replaces the earlier one.
CREATE TABLE IF NOT EXISTS rec_issue (
    year            INTEGER PRIMARY KEY,
    issued_on       DATE NOT NULL,
    run_id          BIGINT NOT NULL,
    recommendations INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS rec_recommendation (
    year              INTEGER NOT NULL,
    municipality_code VARCHAR NOT NULL,
    indicator         VARCHAR NOT NULL,
    condition         VARCHAR NOT NULL,   -- MissesTarget | WorsenedTwoYears | WorseThanMedian
    severity          INTEGER NOT NULL,   -- 3 = the highest
    position          INTEGER NOT NULL,   -- 1 = the municipality's most severe
    value             DOUBLE,
    baseline          DOUBLE,
    text              VARCHAR NOT NULL,
    responsible       VARCHAR NOT NULL,
    term              VARCHAR NOT NULL
);

-- Audit: reasons and locations only, never a value from a row ---------------------------------

CREATE SEQUENCE IF NOT EXISTS audit_run_seq START 1;
CREATE SEQUENCE IF NOT EXISTS audit_file_seq START 1;

CREATE TABLE IF NOT EXISTS audit_run (
    run_id        BIGINT PRIMARY KEY,
    command       VARCHAR NOT NULL,       -- ingest | serve
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    outcome       VARCHAR NOT NULL,       -- running | done | refusals | failed
    files_seen    INTEGER NOT NULL DEFAULT 0,
    files_loaded  INTEGER NOT NULL DEFAULT 0,
    files_skipped INTEGER NOT NULL DEFAULT 0,
    files_refused INTEGER NOT NULL DEFAULT 0,
    rows_read     BIGINT NOT NULL DEFAULT 0,
    rows_loaded   BIGINT NOT NULL DEFAULT 0,
    rows_refused  BIGINT NOT NULL DEFAULT 0,
    error         VARCHAR
);
-- A note on the run (e.g. that an issue of recommendations replaced an earlier set); added to older warehouses.
ALTER TABLE audit_run ADD COLUMN IF NOT EXISTS note VARCHAR;

CREATE TABLE IF NOT EXISTS audit_file (
    file_id       BIGINT PRIMARY KEY,
    run_id        BIGINT NOT NULL,
    file_name     VARCHAR NOT NULL,
    kind          VARCHAR,
    content_hash  VARCHAR NOT NULL,       -- SHA-256 of the bytes as received ("name-" + its name's hash: refused unread or for its extension)
    outcome       VARCHAR NOT NULL,       -- loaded | refused
    rows_read     BIGINT NOT NULL,
    rows_loaded   BIGINT NOT NULL,
    rows_refused  BIGINT NOT NULL,
    reason        VARCHAR,                -- file-level refusal reason
    archived_as   VARCHAR,
    loaded_at     TIMESTAMP NOT NULL,
    elapsed_ms    BIGINT NOT NULL,
    notes         VARCHAR                 -- what the reader should know of a loaded file, one note a line
);
-- Warehouses made before the notes.
ALTER TABLE audit_file ADD COLUMN IF NOT EXISTS notes VARCHAR;

CREATE TABLE IF NOT EXISTS audit_refusal (
    file_id     BIGINT NOT NULL,
    line        BIGINT NOT NULL,
    column_name VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL
);
