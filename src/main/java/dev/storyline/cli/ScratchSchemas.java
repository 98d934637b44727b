package dev.storyline.cli;

import dev.storyline.store.StoryStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Scratch schemas on the {@code --database} server for the benches: each store opened here lives in a new,
 * empty schema of its own, and {@link #dropAll} removes them, so that a bench can point at a database in
 * use. Not thread-safe: one bench owns one.
 */
final class ScratchSchemas {

    private final DatabaseOptions database;
    private final String prefix;
    private final List<String> schemas = new ArrayList<>();

    ScratchSchemas(DatabaseOptions database, String prefix) {
        this.database = database;
        this.prefix = prefix;
    }

    /** The JDBC URL of a new, empty schema (created here). */
    String newSchemaUrl() {
        String schema = prefix + ProcessHandle.current().pid() + "_" + schemas.size();
        admin("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return database.url + (database.url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A store in a new, empty schema. */
    StoryStore open() {
        return StoryStore.connect(newSchemaUrl(), database.user, password());
    }

    /** Drops every schema made here; one that cannot be dropped is reported on {@code err} and the rest go on. */
    void dropAll(String command) {
        for (String schema : schemas) {
            try {
                admin("DROP SCHEMA " + schema + " CASCADE");
            } catch (RuntimeException e) {
                System.err.println("storyline " + command + ": could not drop the scratch schema " + schema + ": " + e.getMessage());
            }
        }
        schemas.clear();
    }

    private void admin(String sql) {
        Properties login = new Properties();
        if (database.user != null) {
            login.setProperty("user", database.user);
        }
        if (password() != null) {
            login.setProperty("password", password());
        }
        try (Connection c = DriverManager.getConnection(database.url, login); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on the --database server: " + e.getMessage(), e);
        }
    }

    /** The password of {@code --database}, from the option or the environment; {@code null} for none. */
    String password() {
        return database.password != null ? database.password : database.environment.apply(DatabaseOptions.PASSWORD_VARIABLE);
    }
}
