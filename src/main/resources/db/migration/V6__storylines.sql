-- Storylines: stories that continue one another (an arrest and the trial months later), linked as the
-- stream arrives. story_storyline says which storyline each story is in, with the profile the linker
-- compared it by (its names and report days, JSON), so that the linker is restored from one row per
-- story rather than from every article. storyline holds each storyline's page (JSON), written again
-- whenever one of its stories changes; updated_ms is epoch milliseconds, for ordering only.

CREATE TABLE story_storyline (
    story_id      TEXT PRIMARY KEY,
    storyline_id  TEXT NOT NULL,
    profile       TEXT NOT NULL
);

CREATE INDEX story_storyline_storyline ON story_storyline (storyline_id);

CREATE TABLE storyline (
    id           TEXT PRIMARY KEY,
    headline     TEXT NOT NULL,
    updated_ms   BIGINT,
    story_count  INTEGER NOT NULL,
    page         TEXT NOT NULL
);
