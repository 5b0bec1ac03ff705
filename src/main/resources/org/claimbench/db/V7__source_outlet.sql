-- V7: which source stands for the outlet itself (its own assertions have no speaker), kept by the row, not by its name:
-- a renamed "Press" stays the outlet. Workspaces before V7 knew it by its default name only.
ALTER TABLE source ADD COLUMN outlet INTEGER NOT NULL DEFAULT 0 CHECK (outlet IN (0, 1));
UPDATE source SET outlet = 1 WHERE name = 'Press';
