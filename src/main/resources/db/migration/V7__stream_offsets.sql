-- The Kafka mode of `storyline run` (issue 18): the offset of each partition of the analysed-articles
-- topic that the cluster leader has filed into this store, written in the same transaction as the
-- articles, so that an article is assigned to a story once whatever dies and when.

CREATE TABLE stream_offset (
    topic        TEXT NOT NULL,
    partition_no INTEGER NOT NULL,
    next_offset  BIGINT NOT NULL,
    PRIMARY KEY (topic, partition_no)
);
