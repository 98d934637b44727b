package dev.storyline.store;

import java.util.Optional;

/**
 * The {@code story_alias} rows: which story a merged story now lives on as. Kept flat, so that resolving an
 * alias is one lookup however long the chain of merges. Safe to share across threads.
 */
final class StoryAliases {

    private static final String RESOLVE = "SELECT new_id FROM story_alias WHERE old_id = :id";
    private static final String DELETE = "DELETE FROM story_alias WHERE old_id = :id";
    private static final String REPOINT = "UPDATE story_alias SET new_id = :target WHERE new_id = :old";
    private static final String UPSERT = """
            INSERT INTO story_alias (old_id, new_id) VALUES (:old, :target)
            ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id""";

    private final Database db;

    StoryAliases(Database db) {
        this.db = db;
    }

    /** See {@link StoryStore#addAlias}. */
    void add(String oldId, String newId) {
        if (oldId.equals(newId)) {
            throw new IllegalArgumentException("a story cannot be an alias of itself: " + oldId);
        }
        db.inTransaction(t -> db.write(h -> {
            String target = resolve(newId).orElse(newId);
            if (target.equals(oldId)) {
                // newId had been merged into oldId and now goes the other way: newId is live again.
                h.createUpdate(DELETE).bind("id", newId).execute();
                target = newId;
            }
            h.createUpdate(REPOINT).bind("target", target).bind("old", oldId).execute();
            h.createUpdate(UPSERT).bind("old", oldId).bind("target", target).execute();
            return null;
        }));
    }

    Optional<String> resolve(String id) {
        return db.read(h -> h.createQuery(RESOLVE).bind("id", id).mapTo(String.class).findOne());
    }
}
