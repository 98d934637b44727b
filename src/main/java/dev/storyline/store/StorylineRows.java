package dev.storyline.store;

import dev.storyline.arc.ArcLinker;
import dev.storyline.arc.StorylinePage;
import dev.storyline.ingest.PublicationDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The rows of storylines: {@code story_storyline}, which storyline each story is in with the profile it
 * was linked by, and {@code storyline}, each storyline's page. Safe to share across threads.
 */
final class StorylineRows {

    private static final String UPSERT_LINK = """
            INSERT INTO story_storyline (story_id, storyline_id, profile) VALUES (:story, :storyline, :profile)
            ON CONFLICT (story_id) DO UPDATE SET storyline_id = excluded.storyline_id, profile = excluded.profile""";
    private static final String DELETE_LINK = "DELETE FROM story_storyline WHERE story_id = :story";
    private static final String STORYLINE_OF = "SELECT storyline_id FROM story_storyline WHERE story_id = :story";
    private static final String ALL_LINKS = "SELECT story_id, storyline_id, profile FROM story_storyline ORDER BY story_id";
    private static final String LINK_COUNT = "SELECT COUNT(*) FROM story_storyline";
    private static final String MERGED_AWAY = """
            SELECT story_id FROM story_storyline WHERE story_id IN (SELECT old_id FROM story_alias) ORDER BY story_id""";
    private static final String UNLINKED = """
            SELECT DISTINCT story_id FROM article
            WHERE story_id NOT IN (SELECT story_id FROM story_storyline)
              AND story_id NOT IN (SELECT old_id FROM story_alias)
            ORDER BY story_id""";
    private static final String UPSERT_PAGE = """
            INSERT INTO storyline (id, headline, updated_ms, story_count, page)
            VALUES (:id, :headline, :updated, :stories, :page)
            ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, updated_ms = excluded.updated_ms,
                story_count = excluded.story_count, page = excluded.page""";
    private static final String PAGE = "SELECT page FROM storyline WHERE id = :id";
    private static final String DELETE_PAGE = "DELETE FROM storyline WHERE id = :id";

    private final Database db;

    StorylineRows(Database db) {
        this.db = db;
    }

    void link(ArcLinker.StoryProfile profile, String storylineId) {
        String json = RowJson.write(profile, "storyline profile of " + profile.storyId());
        db.write(h -> h.createUpdate(UPSERT_LINK).bind("story", profile.storyId()).bind("storyline", storylineId)
                .bind("profile", json).execute());
    }

    void unlink(String storyId) {
        db.write(h -> h.createUpdate(DELETE_LINK).bind("story", storyId).execute());
    }

    Optional<String> storylineOf(String storyId) {
        return db.read(h -> h.createQuery(STORYLINE_OF).bind("story", storyId).mapTo(String.class).findOne());
    }

    int linkCount() {
        return db.read(h -> h.createQuery(LINK_COUNT).mapTo(Integer.class).one());
    }

    /** Every link with its profile, in story id order; a damaged profile is logged and skipped. */
    void forEachLink(BiConsumer<ArcLinker.StoryProfile, String> f) {
        db.read(h -> {
            h.createQuery(ALL_LINKS).map((rs, ctx) -> {
                        String storyline = rs.getString("storyline_id");
                        return RowJson.read(rs.getString("profile"), ArcLinker.StoryProfile.class,
                                "storyline profile of " + rs.getString("story_id"), db.location())
                                .map(p -> java.util.Map.entry(p, storyline));
                    })
                    .forEach(row -> row.ifPresent(e -> f.accept(e.getKey(), e.getValue())));
            return null;
        });
    }

    List<String> mergedAway() {
        return db.read(h -> new ArrayList<>(h.createQuery(MERGED_AWAY).mapTo(String.class).list()));
    }

    List<String> unlinked() {
        return db.read(h -> new ArrayList<>(h.createQuery(UNLINKED).mapTo(String.class).list()));
    }

    void save(StorylinePage page) {
        String json = RowJson.write(page, "storyline " + page.id());
        PublicationDate updated = PublicationDate.fromText(page.updated());
        db.write(h -> h.createUpdate(UPSERT_PAGE)
                .bind("id", page.id())
                .bind("headline", page.headline() == null ? "" : page.headline().replace("\u0000", ""))
                .bind("updated", updated == null ? null : updated.moment().toEpochMilli())
                .bind("stories", page.stories().size())
                .bind("page", json)
                .execute());
    }

    Optional<StorylinePage> page(String id) {
        return db.read(h -> h.createQuery(PAGE).bind("id", id).mapTo(String.class).findOne())
                .flatMap(json -> RowJson.read(json, StorylinePage.class, "storyline " + id, db.location()));
    }

    void delete(String id) {
        db.write(h -> h.createUpdate(DELETE_PAGE).bind("id", id).execute());
    }
}
