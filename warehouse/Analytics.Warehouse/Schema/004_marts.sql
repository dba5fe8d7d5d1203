-- The indicator marts: what the engine computes from the facts, kept in the warehouse so that an
-- analyst reaches it with SQL (or Power BI) and every output of the product reads it instead of
-- recomputing. They hold the owner's full figures with the suppressed flag; every published
-- output masks suppressed rows. A load commits together with mart_state.stale = true; whoever
-- reads a stale mart refreshes it first (Marts/IndicatorMarts.cs). Marts of an earlier layout
-- are dropped before this script runs (WarehouseSchema.DropOutdatedMarts) and refilled.

CREATE TABLE IF NOT EXISTS mart_indicator (
    indicator         VARCHAR NOT NULL,
    year              INTEGER NOT NULL,
    level             VARCHAR NOT NULL,   -- region | municipality | organization
    entity_code       VARCHAR NOT NULL,
    entity_name       VARCHAR,
    municipality_code VARCHAR,
    numerator         DOUBLE,
    denominator       DOUBLE,
    value             DOUBLE,
    target            DOUBLE,
    meets_target      BOOLEAN,
    suppressed        BOOLEAN NOT NULL,
    ci_low            DOUBLE,
    ci_high           DOUBLE
);

CREATE TABLE IF NOT EXISTS mart_gap (
    indicator           VARCHAR NOT NULL,
    year                INTEGER NOT NULL,
    includes_suppressed BOOLEAN NOT NULL,
    n                   INTEGER NOT NULL,
    min                 DOUBLE,
    max                 DOUBLE,
    range               DOUBLE,
    ratio               DOUBLE,
    mean                DOUBLE,
    median              DOUBLE,
    sd                  DOUBLE,
    cv                  DOUBLE,
    region_value        DOUBLE,
    meeting_target      INTEGER
);

CREATE TABLE IF NOT EXISTS mart_standing (
    indicator                 VARCHAR NOT NULL,
    year                      INTEGER NOT NULL,
    municipality_code         VARCHAR NOT NULL,
    value                     DOUBLE,
    rank                      INTEGER NOT NULL,
    of                        INTEGER NOT NULL,
    gap_to_region             DOUBLE,
    gap_to_target             DOUBLE,
    change_from_previous_year DOUBLE,
    median                    DOUBLE,
    gap_to_median             DOUBLE,
    scaled_score              DOUBLE NOT NULL,
    level_group               VARCHAR NOT NULL,
    differs_from_target       BOOLEAN,
    differs_from_median       BOOLEAN
);

CREATE TABLE IF NOT EXISTS mart_composite (
    year              INTEGER NOT NULL,
    municipality_code VARCHAR NOT NULL,
    composite_index   DOUBLE NOT NULL,
    groups            INTEGER NOT NULL,
    indicators        INTEGER NOT NULL,
    rank              INTEGER NOT NULL,
    of                INTEGER NOT NULL,
    level_group       VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS mart_state (
    stale             BOOLEAN NOT NULL,
    refreshed_at      TIMESTAMP,
    fingerprint       VARCHAR,
    min_cell          INTEGER,
    deficit_threshold DOUBLE
);
INSERT INTO mart_state (stale) SELECT true WHERE NOT EXISTS (SELECT 1 FROM mart_state);
