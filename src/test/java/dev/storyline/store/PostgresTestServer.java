package dev.storyline.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests (binaries from Maven Central, no Docker, listening on localhost only),
 * started once per test class. Each test takes an empty schema of its own with {@link #newDatabaseUrl}.
 * The superuser {@code postgres} logs in without a password; every other role must give its password, so
 * that a wrong one is refused as on a real server.
 */
public final class PostgresTestServer implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final AtomicInteger schemas = new AtomicInteger();

    private PostgresTestServer(EmbeddedPostgres server) {
        this.server = server;
    }

    public static PostgresTestServer start() {
        try {
            return new PostgresTestServer(EmbeddedPostgres.builder()
                    .setDataDirectoryCustomizer(dir -> {
                        try {
                            Files.writeString(dir.toPath().resolve("pg_hba.conf"), """
                                    local all postgres trust
                                    host  all postgres 127.0.0.1/32 trust
                                    host  all postgres ::1/128 trust
                                    host  all all 127.0.0.1/32 scram-sha-256
                                    host  all all ::1/128 scram-sha-256
                                    """);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }

    /** The URL of a new, empty schema, logging in as the superuser. */
    public String newDatabaseUrl() {
        String schema = "test_" + schemas.incrementAndGet();
        execute("CREATE SCHEMA " + schema);
        return server.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
    }

    /** The URL of the server's {@code postgres} database with no login in it. */
    public String urlWithoutLogin() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    /** Runs one statement as the superuser, e.g. to create a role. */
    public void execute(String sql) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
