package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.store.PostgresTestServer;
import dev.storyline.store.StoreUnavailableException;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From files to stories on a real PostgreSQL server, through the library and through the commands. */
class PostgresEndToEndTest {

    private static PostgresTestServer server;

    @BeforeAll
    static void startServer() {
        server = PostgresTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void ingestWritesTheCorpusStoriesAndASecondRunAfterReconnectingKeepsThem() {
        String url = server.newDatabaseUrl();
        Storyline storyline = Storyline.standard(IngestOptions.defaults());
        List<String> ids;
        try (StoryStore store = StoryStore.connect(url, null, null)) {
            Storyline.IngestReport report = storyline.ingest(List.of(Corpus.folder().toString()), store, p -> {
                throw new AssertionError("unexpected problem: " + p);
            });
            assertThat(report.added()).isEqualTo(6);
            assertThat(report.storiesUpdated()).isEqualTo(2);
            List<StoryPage> stories = store.stories();
            assertThat(stories).hasSize(2).allSatisfy(p -> {
                assertThat(p.articleCount()).isEqualTo(3);
                assertThat(p.version()).isEqualTo(1);
                assertThat(store.articlesOfStory(p.id())).hasSize(3);
            });
            assertThat(stories).extracting(StoryPage::headline).anyMatch(h -> h.contains("Kefalonia"));
            ids = stories.stream().map(StoryPage::id).sorted().toList();
        }
        try (StoryStore store = StoryStore.connect(url, null, null)) {
            Storyline.IngestReport again = storyline.ingest(List.of(Corpus.folder().toString()), store, p -> { });
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(6);
            assertThat(store.stories().stream().map(StoryPage::id).sorted().toList()).isEqualTo(ids);
            assertThat(store.articleCount()).isEqualTo(6);
        }
    }

    @Test
    void theIngestCommandWritesToTheServerNamedByDatabase() {
        String url = server.newDatabaseUrl();
        int code = Main.run("ingest", "--database", url, Corpus.folder().resolve("quake-island-post.txt").toString());
        assertThat(code).isZero();
        try (StoryStore store = StoryStore.connect(url, null, null)) {
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.stories()).hasSize(1);
        }
    }

    @Test
    void anUnreachableServerIsOneLineOnStandardErrorNotAStackTrace() {
        String err = standardErrorOf(() -> assertThat(Main.run("ingest", "--database", "jdbc:postgresql://127.0.0.1:1/news",
                "--database-user", "reporter", Corpus.folder().toString())).isEqualTo(1));
        assertThat(err).startsWith("storyline: cannot connect to the store jdbc:postgresql://127.0.0.1:1/news as reporter: ")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsAUsageError() {
        String err = standardErrorOf(() -> assertThat(Main.run("serve", "--database", "jdbc:mysql://localhost/news")).isEqualTo(2));
        assertThat(err).contains("--database: unsupported database URL jdbc:mysql://localhost/news");
    }

    @Test
    void thePasswordIsReadFromTheEnvironmentWhenNotGivenOnTheCommandLine() {
        server.execute("CREATE ROLE editor LOGIN PASSWORD 'from-the-environment'");
        server.execute("CREATE SCHEMA editor AUTHORIZATION editor");
        DatabaseOptions options = new DatabaseOptions();
        options.url = server.urlWithoutLogin() + "?currentSchema=editor";
        options.user = "editor";
        options.environment = Map.of(DatabaseOptions.PASSWORD_VARIABLE, "from-the-environment")::get;
        try (StoryStore store = options.open(null)) {
            assertThat(store.articleCount()).isZero();
        }
        options.environment = Map.of(DatabaseOptions.PASSWORD_VARIABLE, "stale")::get;
        assertThatThrownBy(() -> options.open(null)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("password authentication failed for user \"editor\"");
        options.password = "from-the-environment"; // the option wins over the variable
        try (StoryStore store = options.open(null)) {
            assertThat(store.location()).endsWith("/postgres");
        }
    }

    private static String standardErrorOf(Runnable run) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
