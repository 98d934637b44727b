-- Stories whose page must be written again. A story is marked in the same transaction as the articles or
-- moves that change it, and the mark is cleared in the transaction that saves its page, so that an ingest
-- stopped in between (killed, out of memory, power lost) leaves the mark behind and the next start writes
-- the page. marks counts the markings, so that a page built while another writer marked the story again
-- does not clear the newer mark; regroupings is the JSON list of how the story's reports changed hands
-- since its page was last written, for the change notes of that page's next version.

CREATE TABLE due_page (
    story_id     TEXT PRIMARY KEY,
    marks        INTEGER NOT NULL,
    regroupings  TEXT NOT NULL
);
