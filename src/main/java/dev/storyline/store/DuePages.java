package dev.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.storyline.story.StoryPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code due_page} rows: the stories whose page must be written again, each with how its reports
 * changed hands since its page was last written ({@link StoryStore.DuePage}). Safe to share across threads.
 */
final class DuePages {

    private static final String MARK = """
            INSERT INTO due_page (story_id, marks, regroupings) VALUES (:id, 1, '[]')
            ON CONFLICT (story_id) DO UPDATE SET marks = due_page.marks + 1""";
    private static final String MARK_WITH = """
            INSERT INTO due_page (story_id, marks, regroupings) VALUES (:id, 1, :regroupings)
            ON CONFLICT (story_id) DO UPDATE SET marks = due_page.marks + 1, regroupings = excluded.regroupings""";
    private static final String ONE = "SELECT story_id, marks, regroupings FROM due_page WHERE story_id = :id";
    private static final String ALL = "SELECT story_id FROM due_page ORDER BY story_id";
    private static final String CLEAR = "DELETE FROM due_page WHERE story_id = :id";
    private static final String CLEAR_IF_UNMARKED = "DELETE FROM due_page WHERE story_id = :id AND marks = :marks";
    private static final String SET_REGROUPINGS = "UPDATE due_page SET regroupings = :regroupings WHERE story_id = :id";

    private static final TypeReference<List<StoryPage.Regrouping>> REGROUPINGS = new TypeReference<>() {
    };

    private final Database db;

    DuePages(Database db) {
        this.db = db;
    }

    void mark(String storyId) {
        db.write(h -> h.createUpdate(MARK).bind("id", storyId).execute());
    }

    void mark(String storyId, List<StoryPage.Regrouping> regroupings) {
        String json = RowJson.write(regroupings, "regroupings of story " + storyId);
        db.write(h -> h.createUpdate(MARK_WITH).bind("id", storyId).bind("regroupings", json).execute());
    }

    Optional<StoryStore.DuePage> of(String storyId) {
        return db.read(h -> h.createQuery(ONE).bind("id", storyId)
                .map((rs, ctx) -> new StoryStore.DuePage(rs.getString("story_id"), rs.getInt("marks"),
                        regroupings(rs.getString("story_id"), rs.getString("regroupings"))))
                .findOne());
    }

    List<String> all() {
        return db.read(h -> h.createQuery(ALL).mapTo(String.class).list());
    }

    void clear(String storyId) {
        db.write(h -> h.createUpdate(CLEAR).bind("id", storyId).execute());
    }

    /** See {@link StoryStore#pageWritten}. */
    void written(StoryStore.DuePage written) {
        db.inTransaction(t -> db.write(h -> {
            if (h.createUpdate(CLEAR_IF_UNMARKED).bind("id", written.storyId()).bind("marks", written.marks()).execute() > 0) {
                return null;
            }
            Optional<StoryStore.DuePage> now = of(written.storyId());
            if (now.isPresent() && !written.regroupings().isEmpty()) {
                List<StoryPage.Regrouping> left = new ArrayList<>(now.get().regroupings());
                written.regroupings().forEach(left::remove);
                h.createUpdate(SET_REGROUPINGS).bind("id", written.storyId())
                        .bind("regroupings", RowJson.write(left, "regroupings of story " + written.storyId())).execute();
            }
            return null;
        }));
    }

    /** The stored list; a damaged one is logged and read as empty, which costs only change notes. */
    private List<StoryPage.Regrouping> regroupings(String storyId, String json) {
        return RowJson.read(json, REGROUPINGS, "regroupings of story " + storyId, db.location()).orElse(List.of());
    }
}
