package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code storyline bench store [--database JDBC_URL] [PATH...]}: what the story store costs, on SQLite and,
 * when a server is given, on PostgreSQL. The inputs (by default the bundled sample corpus) are ingested
 * whole once per backend; then the stored articles and pages are written again into empty stores several
 * times, in ingest's transactions, to time the store alone. On PostgreSQL every run works in a scratch
 * schema of its own, dropped at the end, so the bench can point at a database that is in use.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Store write time per article on SQLite and on a PostgreSQL server (--database), over the inputs "
                + "or the bundled sample corpus.")
final class BenchStoreCommand implements Callable<Integer> {

    /** Articles per transaction in the replay, as ingest batches them. */
    private static final int BATCH = 32;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "inputs, as for ingest (default: the bundled sample corpus)")
    List<String> inputs;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--repeats", description = "store-only runs per backend (the best is shown), default ${DEFAULT-VALUE}")
    int repeats = 3;

    private ScratchSchemas scratch;

    /** One replay's times in nanoseconds. */
    private record Replay(long articles, long pages, long reads) {
    }

    @Override
    public Integer call() throws Exception {
        Path corpus = inputs == null || inputs.isEmpty() ? DemoCommand.unpackCorpus() : null;
        List<String> sources = corpus != null ? List.of(corpus.toString()) : inputs;
        Path sqliteDir = Files.createTempDirectory("storyline-bench-store-");
        scratch = new ScratchSchemas(database, "storyline_bench_");
        try (Storyline storyline = Storyline.standard(IngestOptions.defaults())) {
            return run(storyline, sources, sqliteDir);
        } finally {
            scratch.dropAll("bench store");
            deleteTree(sqliteDir);
            if (corpus != null) {
                Files.deleteIfExists(corpus);
            }
        }
    }

    private int run(Storyline storyline, List<String> sources, Path sqliteDir) {
        boolean postgres = database.url != null && !database.url.isBlank();
        System.out.printf("bench store: cores %d, load %.2f at start%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int[] problems = {0};

        // Whole ingest, once per backend: the store's share is small beside analysis, so this shows what a
        // user sees; the replay below isolates the store.
        long t = System.nanoTime();
        List<AnalyzedArticle> articles = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        List<StoryPage> pages;
        try (StoryStore sqlite = StoryStore.open(sqliteDir.resolve("ingest"))) {
            Storyline.IngestReport report = storyline.ingest(sources, sqlite, p -> problems[0]++);
            long sqliteIngest = System.nanoTime() - t;
            System.out.printf("ingest, whole pipeline: %d articles, %d stories, %d problems%n", report.added(),
                    sqlite.stories().size(), problems[0]);
            printIngest("sqlite", sqliteIngest, report.added());
            sqlite.forEachArticle((a, story) -> {
                articles.add(a);
                storyOf.put(a.id(), story);
            });
            pages = sqlite.stories();
        }
        if (articles.isEmpty()) {
            System.err.println("storyline bench store: no article read from the inputs");
            return 1;
        }
        if (postgres) {
            t = System.nanoTime();
            try (StoryStore pg = scratch.open()) {
                Storyline.IngestReport report = storyline.ingest(sources, pg, p -> { });
                printIngest("postgresql", System.nanoTime() - t, report.added());
            }
        }

        System.out.printf("store only, best of %d (articles in transactions of %d, then every page; reads: every page and its articles):%n",
                repeats, BATCH);
        int[] run = {0};
        printReplay("sqlite", best(() -> replay(StoryStore.open(sqliteDir.resolve("replay-" + run[0]++)), articles, storyOf, pages)),
                articles.size(), pages.size());
        if (postgres) {
            printReplay("postgresql", best(() -> replay(scratch.open(), articles, storyOf, pages)), articles.size(), pages.size());
        } else {
            System.out.println("  postgresql: not measured; give --database jdbc:postgresql://HOST/DATABASE (a scratch schema is used and dropped)");
        }
        System.out.printf("load %.2f at end%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }

    private Replay best(Supplier<Replay> once) {
        Replay best = null;
        for (int i = 0; i < Math.max(1, repeats); i++) {
            Replay r = once.get();
            if (best == null || r.articles() + r.pages() < best.articles() + best.pages()) {
                best = r;
            }
        }
        return best;
    }

    private static Replay replay(StoryStore store, List<AnalyzedArticle> articles, Map<String, String> storyOf,
                                 List<StoryPage> pages) {
        try (store) {
            long t0 = System.nanoTime();
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<AnalyzedArticle> part = articles.subList(from, Math.min(articles.size(), from + BATCH));
                store.inTransaction(() -> part.forEach(a -> store.saveArticle(a, storyOf.get(a.id()), "replay-" + a.id())));
            }
            long t1 = System.nanoTime();
            store.inTransaction(() -> pages.forEach(store::saveStory));
            long t2 = System.nanoTime();
            int read = 0;
            for (StoryPage p : store.stories()) {
                read += store.articlesOfStory(p.id()).size();
            }
            long t3 = System.nanoTime();
            if (read != articles.size()) {
                throw new IllegalStateException("the replay read back " + read + " of " + articles.size() + " articles");
            }
            return new Replay(t1 - t0, t2 - t1, t3 - t2);
        }
    }

    private static void printIngest(String backend, long nanos, int articles) {
        System.out.printf("  %-10s %6.1f s, %6.2f ms/article%n", backend, nanos / 1e9, nanos / 1e6 / Math.max(1, articles));
    }

    private static void printReplay(String backend, Replay r, int articles, int pages) {
        System.out.printf("  %-10s write %6.3f ms/article (articles %6.3f ms/article, pages %6.3f ms/page); read %6.3f ms/article%n",
                backend, (r.articles() + r.pages()) / 1e6 / articles, r.articles() / 1e6 / articles,
                r.pages() / 1e6 / Math.max(1, pages), r.reads() / 1e6 / articles);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
