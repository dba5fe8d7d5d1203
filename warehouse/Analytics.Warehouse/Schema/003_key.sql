-- The fingerprint of the pseudonym key the warehouse is loaded with (an HMAC of a fixed label
-- under the key; the key itself is never stored). A load with another key is refused.
CREATE TABLE IF NOT EXISTS warehouse_key (
    fingerprint VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
