-- V6: a topic's colour (issue 14: topics get the comfort sources have: rename, merge, recolour, count).
-- Empty: no colour chosen; the window gives one from the palette by the topic's place.
ALTER TABLE topic ADD COLUMN colour TEXT NOT NULL DEFAULT '';
