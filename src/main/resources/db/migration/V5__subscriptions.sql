-- The feeds that `storyline run` follows, with what it needs to poll each politely across restarts:
-- the validators of the last response it processed, its schedule, and how the last fetch went.
-- Times are epoch milliseconds; intervals are seconds.

CREATE TABLE feed_subscription (
    id             TEXT PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,
    title          TEXT,
    site_url       TEXT,
    added_ms       BIGINT NOT NULL,
    etag           TEXT,
    last_modified  TEXT,
    last_fetch_ms  BIGINT,
    next_fetch_ms  BIGINT NOT NULL,
    interval_s     BIGINT NOT NULL,
    failures       INTEGER NOT NULL,
    last_outcome   TEXT,
    last_error     TEXT
);

CREATE INDEX feed_subscription_next_fetch ON feed_subscription (next_fetch_ms);

-- Every feed item handed to the pipeline, by guid and by link, so that none is processed twice. An item
-- has a row per key; `counted` is 1 on one of them, so that counting rows counts items.
CREATE TABLE feed_item_seen (
    item_key         TEXT PRIMARY KEY,
    subscription_id  TEXT NOT NULL,
    seen_ms          BIGINT NOT NULL,
    counted          INTEGER NOT NULL
);

CREATE INDEX feed_item_seen_subscription ON feed_item_seen (subscription_id, seen_ms);

-- The admin token that lets a browser add and remove feeds: only its SHA-256 is kept; the token itself is
-- printed once, when `storyline run` first starts.
CREATE TABLE admin_token (
    token_sha256  TEXT PRIMARY KEY,
    created_ms    BIGINT NOT NULL
);
