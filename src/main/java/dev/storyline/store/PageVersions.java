package dev.storyline.store;

import dev.storyline.story.PageChanges;
import dev.storyline.story.StoryPage;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows of story pages: every version in {@code story_version}, the newest also in {@code story} with the
 * columns that ranking reads ({@code updated_ms}, {@code article_count}, {@code publisher_count}). What a new
 * version says changed is {@link PageChanges}' to decide; this class numbers and keeps the versions. Safe to
 * share across threads.
 */
final class PageVersions {

    private static final String LATEST = """
            SELECT story_id AS id, version, page FROM story_version WHERE story_id = :id
            ORDER BY version DESC LIMIT 1""";
    private static final String SAVED_AT = "SELECT saved_ms FROM story_version WHERE story_id = :id AND version = :v";
    private static final String ALL_VERSIONS =
            "SELECT story_id AS id, version, page FROM story_version WHERE story_id = :id ORDER BY version DESC";
    private static final String INSERT_VERSION = """
            INSERT INTO story_version (story_id, version, saved_ms, page)
            VALUES (:id, :version, :saved, :page)""";
    private static final String UPSERT_STORY = """
            INSERT INTO story (id, headline, updated_ms, article_count, publisher_count, page)
            VALUES (:id, :headline, :updated, :articles, :publishers, :page)
            ON CONFLICT (id) DO UPDATE SET headline = excluded.headline,
                updated_ms = excluded.updated_ms, article_count = excluded.article_count,
                publisher_count = excluded.publisher_count, page = excluded.page""";
    private static final String STORY = "SELECT id, page FROM story WHERE id = :id";
    private static final String STORIES = """
            SELECT id, page FROM story
            ORDER BY CASE WHEN updated_ms IS NULL THEN 1 ELSE 0 END, updated_ms DESC, id""";
    private static final String DELETE_STORY = "DELETE FROM story WHERE id = :id";

    private final Database db;

    PageVersions(Database db) {
        this.db = db;
    }

    /** Stores the page's next version (see {@link PageChanges#nextVersion}); returns the page as stored. */
    StoryPage save(StoryPage page, List<StoryPage.Regrouping> regroupings) {
        return db.inTransaction(t -> db.write(h -> {
            Optional<StoryPage> latest = latest(h, page.id());
            Instant latestSaved = latest.map(p -> savedAt(h, page.id(), p.version())).orElse(null);
            Optional<StoryPage> next = PageChanges.nextVersion(latest, latestSaved, page, regroupings);
            if (next.isEmpty()) {
                return latest.get();
            }
            StoryPage versioned = next.get();
            String json = RowJson.write(versioned, "story " + page.id());
            h.createUpdate(INSERT_VERSION)
                    .bind("id", page.id())
                    .bind("version", versioned.version())
                    .bind("saved", Instant.now().toEpochMilli())
                    .bind("page", json)
                    .execute();
            h.createUpdate(UPSERT_STORY)
                    .bind("id", page.id())
                    // PostgreSQL refuses NUL in text; the JSON columns escape it, this plain one must drop it.
                    .bind("headline", page.headline() == null ? "" : page.headline().replace("\u0000", ""))
                    .bind("updated", page.updatedMoment() == null ? null : page.updatedMoment().toEpochMilli())
                    .bind("articles", page.articleCount())
                    .bind("publishers", page.publisherCount())
                    .bind("page", json)
                    .execute();
            return versioned;
        }));
    }

    List<StoryPage> versions(String id) {
        return db.read(h -> {
            List<StoryPage> out = new ArrayList<>();
            h.createQuery(ALL_VERSIONS).bind("id", id)
                    .map((rs, ctx) -> readVersion(rs))
                    .forEach(p -> p.ifPresent(out::add));
            return out;
        });
    }

    Optional<StoryPage> story(String id) {
        return db.read(h -> h.createQuery(STORY).bind("id", id)
                .map((rs, ctx) -> readPage(rs))
                .findFirst()
                .flatMap(Function.identity()));
    }

    List<StoryPage> stories() {
        return db.read(h -> {
            List<StoryPage> out = new ArrayList<>();
            h.createQuery(STORIES).map((rs, ctx) -> readPage(rs)).forEach(p -> p.ifPresent(out::add));
            return out;
        });
    }

    void delete(String id) {
        db.write(h -> h.createUpdate(DELETE_STORY).bind("id", id).execute());
    }

    private Optional<StoryPage> latest(Handle h, String id) {
        return h.createQuery(LATEST).bind("id", id)
                .map((rs, ctx) -> readVersion(rs))
                .findFirst()
                .flatMap(Function.identity());
    }

    private static Instant savedAt(Handle h, String id, int version) {
        return h.createQuery(SAVED_AT).bind("id", id).bind("v", version)
                .mapTo(Long.class).findOne().map(Instant::ofEpochMilli).orElse(null);
    }

    /** The stored page with the version number of its row (pages from before versions say 0). */
    private Optional<StoryPage> readVersion(ResultSet rs) throws SQLException {
        int version = rs.getInt("version");
        return readPage(rs).map(p -> p.asVersion(version, p.changes()));
    }

    private Optional<StoryPage> readPage(ResultSet rs) throws SQLException {
        return RowJson.read(rs.getString("page"), StoryPage.class, "story " + rs.getString("id"), db.location());
    }
}
