package dev.storyline.store;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.List;

/**
 * Removes the stories that went quiet before a moment, whole: a story whose every article was published
 * before it goes with its articles, every version of its page, the aliases that point at it and nothing
 * else. A story with one newer or undated article, or with its page due to be written, stays whole, so that
 * a page never cites a removed article and a story is never cut in two. One transaction: a crash removes
 * all or none.
 */
final class Retention {

    private static final String QUIET = """
            SELECT s.id FROM story s
            WHERE s.updated_ms IS NOT NULL AND s.updated_ms < :cutoff
              AND NOT EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id
                              AND (a.published_ms IS NULL OR a.published_ms >= :cutoff))
              AND NOT EXISTS (SELECT 1 FROM due_page d WHERE d.story_id = s.id)
            ORDER BY s.id""";
    /** Ids removed per statement, within the bind-variable limits of both databases. */
    private static final int CHUNK = 500;

    private final Database db;

    Retention(Database db) {
        this.db = db;
    }

    StoryStore.Removed removeQuietBefore(Instant cutoff) {
        return db.write(h -> {
            List<String> ids = h.createQuery(QUIET).bind("cutoff", cutoff.toEpochMilli()).mapTo(String.class).list();
            int articles = 0;
            int versions = 0;
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                articles += delete(h, "DELETE FROM article WHERE story_id IN (<ids>)", chunk);
                versions += delete(h, "DELETE FROM story_version WHERE story_id IN (<ids>)", chunk);
                delete(h, "DELETE FROM story_alias WHERE new_id IN (<ids>)", chunk);
                delete(h, "DELETE FROM story WHERE id IN (<ids>)", chunk);
            }
            return new StoryStore.Removed(ids, articles, versions);
        });
    }

    private static int delete(Handle h, String sql, List<String> ids) {
        return h.createUpdate(sql).bindList("ids", ids).execute();
    }
}
