package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.search.StorySearch;
import dev.storyline.store.StoryStore;
import dev.storyline.web.StoryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code storyline serve}: the Top Headlines page, story pages and the JSON API over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the stored stories over HTTP.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", description = "port, default ${DEFAULT-VALUE}")
    int port = 8080;

    @Option(names = "--host", description = "address to listen on, default ${DEFAULT-VALUE}")
    String host = StoryServer.DEFAULT_HOST;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the public address readers use, for the Atom feed's links (default http://HOST:PORT)")
    String baseUrl;

    @Override
    public Integer call() throws InterruptedException {
        try (StoryStore store = database.open(data.dir)) {
            serve(store, data.dir, host, port, baseUrl);
        }
        return 0;
    }

    /** Serves until the process is stopped, with links built from the listening address. */
    static void serve(StoryStore store, Path dataDir, String host, int port) throws InterruptedException {
        serve(store, dataDir, host, port, null);
    }

    /**
     * Serves until the process is stopped, after writing the pages an interrupted ingest left due, with
     * search over the index in {@code dataDir} (built first when missing or stale).
     */
    static void serve(StoryStore store, Path dataDir, String host, int port, String baseUrl) throws InterruptedException {
        writeDuePages(store);
        try (StorySearch search = openSearch(store, dataDir);
             StoryServer server = StoryServer.start(new StoredCatalog(store), FollowerAssembly.operations(null, store, null, null),
                search, host, port, baseUrl)) {
            System.out.printf("storyline: %d stories at http://%s:%d/ (Ctrl+C to stop)%n",
                    store.stories().size(), host, server.port());
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
    }

    /**
     * The search index beside the store, built first when missing or stale; {@code null} (the server then
     * says search is unavailable) when another process holds it.
     */
    static StorySearch openSearch(StoryStore store, Path dataDir) {
        if (!StorySearch.isCurrent(dataDir, store)) {
            System.out.println("storyline: building the search index from the store...");
        }
        try {
            return StorySearch.open(dataDir, store);
        } catch (StorySearch.IndexInUseException e) {
            System.err.println("storyline: search is off: " + e.getMessage());
            return null;
        }
    }

    /** Writes the pages that an ingest stopped between its articles and its pages left due, if any. */
    static void writeDuePages(StoryStore store) {
        int due = store.duePages().size();
        if (due > 0) {
            System.out.printf("storyline: writing %d story pages left due by an interrupted ingest...%n", due);
            try (Storyline storyline = Storyline.standard(IngestOptions.defaults())) {
                storyline.writeDuePages(store, p -> System.err.println("storyline: " + p));
            }
        }
    }
}
