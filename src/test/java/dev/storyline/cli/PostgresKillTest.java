package dev.storyline.cli;

import dev.storyline.store.PostgresTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The kill -9 scenario of {@link FollowKillScenario} on an embedded PostgreSQL server: {@code run} is killed
 * while it writes over the network to a server that outlives it. The server's own check is that every
 * index of the store's tables is valid and ready (a write cut off mid-way would leave one otherwise). As
 * slow as the SQLite one and asked for the same way:
 * {@code ./mvnw -o test -Dtest=PostgresKillTest -Dstoryline.killTest=20}.
 */
@EnabledIfSystemProperty(named = "storyline.killTest", matches = "\\d+")
class PostgresKillTest extends FollowKillScenario {

    private static PostgresTestServer server;
    private static String url;

    @BeforeAll
    static void startServer() {
        server = PostgresTestServer.start();
        url = server.newDatabaseUrl();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    List<String> storeArguments() {
        return List.of("--database", url);
    }

    @Override
    Connection database() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    String integrity() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid"
                        + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)")) {
            return rs.next() && rs.getInt(1) == 0 ? "ok" : "invalid indexes";
        }
    }
}
