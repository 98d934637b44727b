package dev.storyline.store;

import dev.storyline.analysis.AnalyzedArticle;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The {@code article} rows: each article's analysis as JSON, its embeddings as one binary value
 * ({@link ArticleVectors}), the story it belongs to and the hash of its text. Safe to share across threads.
 */
final class ArticleRows {

    private static final String COUNT_BY_ID = "SELECT COUNT(*) FROM article WHERE id = :id";
    private static final String COUNT_BY_HASH = "SELECT COUNT(*) FROM article WHERE content_hash = :hash";
    private static final String COUNT = "SELECT COUNT(*) FROM article";
    private static final String UPSERT = """
            INSERT INTO article (id, story_id, content_hash, published_ms, analysis, vectors)
            VALUES (:id, :story, :hash, :published, :analysis, :vectors)
            ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id,
                content_hash = excluded.content_hash, published_ms = excluded.published_ms,
                analysis = excluded.analysis, vectors = excluded.vectors""";
    private static final String OF_STORY = """
            SELECT id, analysis, vectors FROM article WHERE story_id = :story
            ORDER BY CASE WHEN published_ms IS NULL THEN 1 ELSE 0 END, published_ms, id""";
    private static final String ALL = "SELECT id, story_id, analysis, vectors FROM article ORDER BY id";
    private static final String MOVE_STORY = "UPDATE article SET story_id = :to WHERE story_id = :from";
    private static final String MOVE_ARTICLE = "UPDATE article SET story_id = :to WHERE id = :id";

    private static final Logger LOG = LoggerFactory.getLogger(ArticleRows.class);

    /** Rows fetched per round trip when scanning every article, so that PostgreSQL streams the table. */
    private static final int SCAN_FETCH_ROWS = 256;

    private final Database db;

    ArticleRows(Database db) {
        this.db = db;
    }

    boolean contains(String id) {
        return db.read(h -> h.createQuery(COUNT_BY_ID).bind("id", id).mapTo(Integer.class).one() > 0);
    }

    boolean containsContentHash(String sha256) {
        return db.read(h -> h.createQuery(COUNT_BY_HASH).bind("hash", sha256).mapTo(Integer.class).one() > 0);
    }

    int count() {
        return db.read(h -> h.createQuery(COUNT).mapTo(Integer.class).one());
    }

    void save(AnalyzedArticle a, String storyId, String contentHash) {
        String analysis = RowJson.write(ArticleVectors.strip(a), "article " + a.id());
        byte[] vectors = ArticleVectors.encode(a);
        Instant published = a.published() == null ? null : a.published().moment();
        db.write(h -> h.createUpdate(UPSERT)
                .bind("id", a.id())
                .bind("story", storyId)
                .bind("hash", contentHash)
                .bind("published", published == null ? null : published.toEpochMilli())
                .bind("analysis", analysis)
                .bind("vectors", vectors)
                .execute());
    }

    List<AnalyzedArticle> ofStory(String storyId) {
        return db.read(h -> {
            List<AnalyzedArticle> out = new ArrayList<>();
            h.createQuery(OF_STORY).bind("story", storyId)
                    .map((rs, ctx) -> read(rs))
                    .forEach(a -> a.ifPresent(out::add));
            return out;
        });
    }

    void forEach(BiConsumer<AnalyzedArticle, String> f) {
        // PostgreSQL streams a result only inside a transaction (otherwise it sends every row at once). On
        // SQLite a transaction would take the write lock for the whole scan, so there it is left out.
        if (db.engine() == Database.Engine.POSTGRESQL) {
            db.inTransaction(h -> scan(h, f));
        } else {
            db.read(h -> scan(h, f));
        }
    }

    private Void scan(Handle h, BiConsumer<AnalyzedArticle, String> f) {
        h.createQuery(ALL)
                .setFetchSize(SCAN_FETCH_ROWS)
                .map((rs, ctx) -> {
                    String story = rs.getString("story_id");
                    return read(rs).map(a -> Map.entry(a, story));
                })
                .useIterator(rows -> rows.forEachRemaining(row -> row.ifPresent(e -> f.accept(e.getKey(), e.getValue()))));
        return null;
    }

    int moveStory(String fromStory, String toStory) {
        return db.write(h -> h.createUpdate(MOVE_STORY).bind("from", fromStory).bind("to", toStory).execute());
    }

    void move(List<String> articleIds, String toStory) {
        if (articleIds.isEmpty()) {
            return;
        }
        db.write(h -> {
            var batch = h.prepareBatch(MOVE_ARTICLE);
            for (String id : articleIds) {
                batch.bind("to", toStory).bind("id", id).add();
            }
            return batch.execute();
        });
    }

    private Optional<AnalyzedArticle> read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        Optional<AnalyzedArticle> bare = RowJson.read(rs.getString("analysis"), AnalyzedArticle.class,
                "article " + id, db.location());
        if (bare.isEmpty()) {
            return bare;
        }
        try {
            return Optional.of(ArticleVectors.decode(bare.get(), rs.getBytes("vectors")));
        } catch (IllegalArgumentException e) {
            LOG.warn("stored article {} in {} is unreadable, skipped: {}", id, db.location(), e.getMessage());
            return Optional.empty();
        }
    }
}
