package dev.storyline.follow;

import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The subscriptions on the embedded SQLite store. */
class SqliteSubscriptionsTest extends SubscriptionsContract {

    @TempDir
    Path data;

    @Override
    StoryStore openStore() {
        return StoryStore.open(data);
    }
}
