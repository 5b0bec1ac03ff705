-- Claimbench workspace schema, version 3: what the suggestion engine reads once and keeps.
-- Each claim's reading: its sentence vector (all-MiniLM-L6-v2: a 4-byte little-endian scale and
-- 384 int8 values, 388 bytes) and its lemmas with their parts of speech ("lemma/UPOS …"), made in
-- the background; quote_hash says which quote it was made from, so a changed claim is read again.
CREATE TABLE claim_reading (
    claim_id   INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
    quote_hash INTEGER NOT NULL,
    model      TEXT NOT NULL,
    vector     BLOB NOT NULL,
    lemmas     TEXT NOT NULL
);

-- The event each article reports as inferred from its text (article.event holds the user's
-- correction, which wins): a label, and the keys it is known by ("day:2025-07-03|call#6").
CREATE TABLE article_event (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    keys       TEXT NOT NULL
);
