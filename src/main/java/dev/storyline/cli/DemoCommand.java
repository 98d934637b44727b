package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.store.StoryStore;
import dev.storyline.web.StoryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code storyline demo}: ingests the sample corpus that ships in the jar (a part of ECB+, CC BY 3.0) into
 * its own data folder, once, and serves it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample corpus (ECB+ news articles, CC BY 3.0) and serve its stories.")
final class DemoCommand implements Callable<Integer> {

    static final String CORPUS = "/dev/storyline/demo/demo-corpus.jsonl";

    @Option(names = "--port", description = "port, default ${DEFAULT-VALUE}")
    int port = 8080;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder of the demo, default ${DEFAULT-VALUE}")
    Path dir = Path.of("storyline-data", "demo");

    @Mixin
    DatabaseOptions database;

    @Option(names = "--no-serve", description = "ingest only, then exit")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        try (StoryStore store = database.open(dir)) {
            if (store.articleCount() == 0) {
                Path corpus = unpackCorpus();
                try (Storyline storyline = Storyline.standard(IngestOptions.defaults())) {
                    System.out.println("storyline: ingesting the sample corpus (first run only; about 20 seconds)...");
                    var report = storyline.ingest(List.of(corpus.toString()), store, p -> System.err.println("storyline: " + p));
                    System.out.println("storyline: " + report);
                } finally {
                    Files.deleteIfExists(corpus);
                }
            }
            if (!noServe) {
                ServeCommand.serve(store, dir, StoryServer.DEFAULT_HOST, port);
            }
        }
        return 0;
    }

    /** Copies the sample corpus out of the jar into a temporary file, which the caller deletes. */
    static Path unpackCorpus() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IOException("the sample corpus " + CORPUS + " is missing from the jar");
            }
            Path tmp = Files.createTempFile("storyline-demo-", ".jsonl");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        }
    }
}
