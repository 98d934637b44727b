package dev.storyline.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store contract on a real PostgreSQL server, plus how connecting to one fails. */
class PostgresStoryStoreTest extends StoryStoreContract {

    private static PostgresTestServer server;
    private String url;

    @BeforeAll
    static void startServer() {
        server = PostgresTestServer.start();
        server.execute("CREATE ROLE reporter LOGIN PASSWORD 'right-password'");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void emptySchema() {
        url = server.newDatabaseUrl();
    }

    @Override
    StoryStore openStore() {
        return StoryStore.connect(url, null, null);
    }

    @Override
    Connection directConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Test
    void vectorsAreKeptAsBytea() throws Exception {
        try (StoryStore store = openStore()) {
            store.saveArticle(article("a", 2, null), "s", "h");
        }
        try (Connection c = directConnection(); var st = c.createStatement();
             var rs = st.executeQuery("""
                     SELECT data_type FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = 'article' AND column_name = 'vectors'""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("bytea");
        }
    }

    @Test
    void aPooledConnectionThatDiedWhileIdleIsReplacedNotHandedOut() throws Exception {
        try (StoryStore store = openStore()) {
            store.saveArticle(article("a", 1, null), "s", "h");
            // As a server restart or an idle timeout would: the server ends the sessions behind the pool's back.
            server.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = 'storyline'");
            // The pool checks a connection before handing it out once it has been idle for half a second.
            Thread.sleep(1_000);
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.containsArticle("a")).isTrue();
        }
    }

    @Test
    void theLocationIsTheUrlWithoutItsParameters() {
        try (StoryStore store = openStore()) {
            assertThat(store.location()).startsWith("jdbc:postgresql://localhost:").endsWith("/postgres");
        }
    }

    @Test
    void aRoleWithItsPasswordConnects() {
        server.execute("GRANT CREATE ON DATABASE postgres TO reporter");
        String schemaUrl = server.urlWithoutLogin() + "?currentSchema=reporter";
        server.execute("CREATE SCHEMA IF NOT EXISTS reporter AUTHORIZATION reporter");
        try (StoryStore store = StoryStore.connect(schemaUrl, "reporter", "right-password")) {
            store.saveArticle(article("a", 1, null), "s", "h");
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheServersReason() {
        assertThatThrownBy(() -> StoryStore.connect(server.urlWithoutLogin(), "reporter", "wrong-password"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("cannot connect to the store " + server.urlWithoutLogin() + " as reporter: ")
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining("wrong-password");
    }

    @Test
    void anUnreachableServerIsNamedInTheError() {
        // Port 1 on the loopback interface: nothing listens there, so the refusal is immediate.
        assertThatThrownBy(() -> StoryStore.connect("jdbc:postgresql://127.0.0.1:1/news?password=secret", "reporter", null))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("cannot connect to the store jdbc:postgresql://127.0.0.1:1/news as reporter: ")
                .hasMessageNotContaining("secret");
    }

    @Test
    void anUnknownHostIsNamedAsSuch() {
        // .invalid is reserved (RFC 2606): it never resolves, and the lookup fails without a network.
        assertThatThrownBy(() -> StoryStore.connect("jdbc:postgresql://news-db.invalid/news", null, null))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("unknown host news-db.invalid");
    }

    @Test
    void aUrlOfAnotherKindIsRefusedBeforeAnyConnection() {
        assertThatThrownBy(() -> StoryStore.connect("jdbc:mysql://localhost/news", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://localhost/news")
                .hasMessageContaining("expected jdbc:postgresql://");
    }
}
