package dev.storyline.follow;

import dev.storyline.store.PostgresTestServer;
import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The subscriptions on a real PostgreSQL server. */
class PostgresSubscriptionsTest extends SubscriptionsContract {

    private static PostgresTestServer server;
    private String url;

    @BeforeAll
    static void startServer() {
        server = PostgresTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void emptyDatabase() {
        url = server.newDatabaseUrl();
    }

    @Override
    StoryStore openStore() {
        return StoryStore.connect(url, null, null);
    }
}
