-- Runs inside every load's transaction: the marts no longer summarize the facts.
UPDATE mart_state SET stale = true;
