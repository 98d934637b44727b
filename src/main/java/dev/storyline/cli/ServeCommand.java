package dev.storyline.cli;

import dev.storyline.store.StoryStore;
import dev.storyline.web.StoryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() throws InterruptedException {
        try (StoryStore store = database.open(data.dir)) {
            serve(store, host, port);
        }
        return 0;
    }

    /** Serves until the process is stopped. */
    static void serve(StoryStore store, String host, int port) throws InterruptedException {
        try (StoryServer server = StoryServer.start(new StoredCatalog(store), FollowerAssembly.operations(null, store, null, null), host, port)) {
            System.out.printf("storyline: %d stories at http://%s:%d/ (Ctrl+C to stop)%n",
                    store.stories().size(), host, server.port());
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
    }
}
