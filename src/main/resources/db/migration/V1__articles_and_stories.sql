-- Portable SQL (SQLite and PostgreSQL). ${binary_type} is BLOB on SQLite and BYTEA on PostgreSQL.
-- Times are epoch milliseconds: they only order and rank; the exact instants live in the JSON columns.

CREATE TABLE article (
    id            TEXT PRIMARY KEY,
    story_id      TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    published_ms  BIGINT,
    analysis      TEXT NOT NULL,
    vectors       ${binary_type} NOT NULL
);

CREATE INDEX article_story_id ON article (story_id);
CREATE INDEX article_content_hash ON article (content_hash);

CREATE TABLE story (
    id               TEXT PRIMARY KEY,
    headline         TEXT NOT NULL,
    updated_ms       BIGINT,
    article_count    INTEGER NOT NULL,
    publisher_count  INTEGER NOT NULL,
    page             TEXT NOT NULL
);

CREATE INDEX story_updated ON story (updated_ms);

CREATE TABLE story_alias (
    old_id  TEXT PRIMARY KEY,
    new_id  TEXT NOT NULL
);

CREATE INDEX story_alias_new_id ON story_alias (new_id);
