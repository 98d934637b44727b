package dev.storyline.cli;

import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The kill -9 scenario of {@link FollowKillScenario} on the SQLite store, checked with {@code PRAGMA
 * integrity_check} after every kill. Slow (a JVM and the model load per restart), so it runs only when
 * asked: {@code ./mvnw -o test -Dtest=KillTest -Dstoryline.killTest=20} (the number of kills).
 */
@EnabledIfSystemProperty(named = "storyline.killTest", matches = "\\d+")
class KillTest extends FollowKillScenario {

    @Override
    List<String> storeArguments() {
        return List.of("--data", data.toString());
    }

    @Override
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve(StoryStore.FILE_NAME));
    }

    @Override
    String integrity() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }
}
