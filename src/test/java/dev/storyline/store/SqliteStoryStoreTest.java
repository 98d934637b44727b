package dev.storyline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on the embedded SQLite database, plus what is particular to its file. */
class SqliteStoryStoreTest extends StoryStoreContract {

    @TempDir
    Path dir;

    @Override
    StoryStore openStore() {
        return StoryStore.open(dir);
    }

    @Override
    Connection directConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoryStore.FILE_NAME));
    }

    @Test
    void openCreatesMissingFoldersAndKeepsOneFileThere() {
        Path nested = dir.resolve("a/b/data");
        try (StoryStore store = StoryStore.open(nested)) {
            assertThat(store.articleCount()).isZero();
            assertThat(store.location()).isEqualTo(nested.resolve(StoryStore.FILE_NAME).toString());
        }
        assertThat(Files.isRegularFile(nested.resolve(StoryStore.FILE_NAME))).isTrue();
    }
}
