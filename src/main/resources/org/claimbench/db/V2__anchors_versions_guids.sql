-- Claimbench workspace schema, version 2: how each claim stands on its text, where each text came
-- from, and the exchange identifiers that must stay the same across exports.

-- A claim is anchored (its span shows its quote), changed (a revision edited its words; marked_quote
-- keeps the words as first marked) or an orphan (its words are gone; start/end only say where it stood).
ALTER TABLE claim ADD COLUMN anchor TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor IN ('anchored', 'changed', 'orphan'));
ALTER TABLE claim ADD COLUMN marked_quote TEXT NOT NULL DEFAULT '';
UPDATE claim SET anchor = 'orphan' WHERE id IN (SELECT claim_id FROM orphan);
DROP TABLE orphan;
CREATE INDEX claim_anchor ON claim(anchor) WHERE anchor <> 'anchored';

-- Where a text came from: imported, edited in the window, a new version of the file, or a restored version.
ALTER TABLE article ADD COLUMN text_origin TEXT NOT NULL DEFAULT 'import' CHECK (text_origin IN ('import', 'edit', 'file', 'restore'));
ALTER TABLE article_version ADD COLUMN origin TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ('import', 'edit', 'file', 'restore'));
-- Versions kept before version 2 were all texts replaced by an edit or a new file: only version 1 was imported.
UPDATE article_version SET origin = 'file' WHERE version > 1;
UPDATE article SET text_origin = 'file' WHERE id IN (SELECT article_id FROM article_version);

-- Globally unique identifiers given to rows by an exchange format (REFI-QDA GUIDs): random, made
-- once, the same at every export of this workspace.
CREATE TABLE exchange_id (
    kind   TEXT NOT NULL,       -- article, source, topic, claim, coding, note, contradiction, user, project
    row_id INTEGER NOT NULL,
    guid   TEXT NOT NULL UNIQUE,
    PRIMARY KEY (kind, row_id)
);
