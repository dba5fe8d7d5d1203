-- Staging lives in an in-memory database attached during a load, never in the warehouse: the
-- staging schema of earlier versions (always empty when committed) is dropped.
DROP SCHEMA IF EXISTS staging CASCADE;
