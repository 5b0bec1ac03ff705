-- Claimbench workspace schema, version 1.
CREATE TABLE article (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    published   TEXT,                      -- ISO date, e.g. 2025-07-03
    language    TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    length      INTEGER NOT NULL,          -- UTF-16 units, the unit of every offset
    imported_at INTEGER NOT NULL,          -- Unix epoch milliseconds, as every time here
    notes       TEXT NOT NULL DEFAULT '',
    event       TEXT NOT NULL DEFAULT ''    -- what the article reports, e.g. "Putin–Trump call, 2025-07-03"
);
CREATE UNIQUE INDEX article_text_sha256 ON article(text_sha256);

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
    colour      TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
);

-- Who speaks for which source (Ushakov -> Kremlin readout): the suggestion engine's speaker table.
CREATE TABLE speaker (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL COLLATE NOCASE UNIQUE,
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    person    INTEGER NOT NULL DEFAULT 1,
    aliases   TEXT NOT NULL DEFAULT ''     -- the words that name the speaker, separated by '|'
);
CREATE INDEX speaker_source ON speaker(source_id);

CREATE TABLE topic (
    id    INTEGER PRIMARY KEY,
    label TEXT NOT NULL COLLATE NOCASE UNIQUE
);

CREATE TABLE claim (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    prefix     TEXT NOT NULL,
    suffix     TEXT NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES source(id),
    speaker    TEXT NOT NULL DEFAULT '',
    topic_id   INTEGER REFERENCES topic(id) ON DELETE SET NULL,
    note       TEXT NOT NULL DEFAULT '',
    created    INTEGER NOT NULL,
    updated    INTEGER NOT NULL,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX claim_article ON claim(article_id, start);
CREATE INDEX claim_source ON claim(source_id);
CREATE INDEX claim_topic ON claim(topic_id);

CREATE TABLE contradiction (
    id      INTEGER PRIMARY KEY,
    claim_a INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    claim_b INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('numeric','temporal','polarity','scope','framing','other')),
    status  TEXT NOT NULL CHECK (status IN ('open','confirmed','dismissed')),
    note    TEXT NOT NULL DEFAULT '',
    origin  TEXT NOT NULL CHECK (origin IN ('user','suggested')),
    score   REAL,
    created INTEGER NOT NULL,
    CHECK (claim_a <> claim_b)
);
CREATE UNIQUE INDEX contradiction_pair ON contradiction(min(claim_a, claim_b), max(claim_a, claim_b));
CREATE INDEX contradiction_claim_a ON contradiction(claim_a);
CREATE INDEX contradiction_claim_b ON contradiction(claim_b);

-- Earlier texts of an article that was edited or re-imported (version 1 is the first text).
CREATE TABLE article_version (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    replaced   INTEGER NOT NULL,          -- when this text was replaced by the next
    PRIMARY KEY (article_id, version)
);

-- Claims whose words are gone from their article's current text: listed, to re-place or delete.
CREATE TABLE orphan (
    claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE
);

-- A fact-checker's verdict on a claim: a rating from the workspace's scale, why, and by whom.
CREATE TABLE verdict (
    claim_id    INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
    rating      TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL DEFAULT '',
    reviewed    INTEGER NOT NULL
);

-- The rating scale of the workspace's verdicts, best first.
CREATE TABLE rating (
    position INTEGER PRIMARY KEY,
    label    TEXT NOT NULL COLLATE NOCASE UNIQUE
);

-- Claim suggestions the user dismissed: never suggested again.
CREATE TABLE dismissed_claim_suggestion (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    decided    INTEGER NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);

-- Pairs of claims the user dismissed as suggestions: never suggested again.
CREATE TABLE suggestion_decision (
    claim_a  INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    claim_b  INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('confirmed','dismissed')),
    decided  INTEGER NOT NULL,
    PRIMARY KEY (claim_a, claim_b)
);
CREATE INDEX suggestion_decision_b ON suggestion_decision(claim_b);
