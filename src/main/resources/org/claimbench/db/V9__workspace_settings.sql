-- V9: the workspace's own settings, a value by key (the report's title the user gave, first). What a workspace file
-- keeps about its work that is no article, claim or review: not undoable edits, each written in a transaction of its own.
CREATE TABLE workspace_setting (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value TEXT NOT NULL
) WITHOUT ROWID;
