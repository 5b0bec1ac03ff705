-- Claimbench workspace schema, version 10: each claim's contradiction features (what the signals compare; StoredFeatures),
-- made in the background after its reading. The form carries the version of the code that made it (a hash of that code's
-- classes) and a hash of what it was made from (quote, the text before it, event, reading), so a stale row is made again,
-- never trusted.
CREATE TABLE claim_features (
    claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
    features BLOB NOT NULL
);
