-- V8: a text pasted into the window (the Paste dialog) is told apart from one imported from a file or a page, so the
-- app can say "pasted" where it names where a text came from. text_origin keeps 'import' for it (its CHECK, from V2,
-- cannot be widened without rebuilding the tables); this column says the import was a paste. Texts before V8: 0.
ALTER TABLE article ADD COLUMN pasted INTEGER NOT NULL DEFAULT 0 CHECK (pasted IN (0, 1));
ALTER TABLE article_version ADD COLUMN pasted INTEGER NOT NULL DEFAULT 0 CHECK (pasted IN (0, 1));
