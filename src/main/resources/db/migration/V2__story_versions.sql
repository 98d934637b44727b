-- Every version of every story page, so that a page can say what changed since the last one and the
-- API can list them. The newest version is also in story.page (which the front page reads).

CREATE TABLE story_version (
    story_id  TEXT NOT NULL,
    version   INTEGER NOT NULL,
    saved_ms  BIGINT NOT NULL,
    page      TEXT NOT NULL,
    PRIMARY KEY (story_id, version)
);

-- Pages stored before versions were kept become their story's first version.
INSERT INTO story_version (story_id, version, saved_ms, page)
    SELECT id, 1, COALESCE(updated_ms, 0), page FROM story;
