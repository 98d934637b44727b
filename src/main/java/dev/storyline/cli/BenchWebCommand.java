package dev.storyline.cli;

import dev.storyline.search.StorySearch;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import dev.storyline.web.StoryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench web}: the reader's routes under load, as issue 15 sets the goals for them: the
 * front page, a story page with 50 sources, {@code /api/stories} and {@code /search?q=} (a query every
 * story matches and one that finds a single story), over a temporary store of synthetic pages (10,000
 * by default) with its search index, on 127.0.0.1 only, each route for a bounded number of seconds with
 * the load tool of {@code bench serve}. The baseline, in the same run: the same queries answered by
 * scanning every page's text for the words, as a site without an index would, one query at a time,
 * beside the index answering them one at a time.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Requests/s and p50/p99 of /, a 50-source story page, /api/stories and /search over N stories with their search index (127.0.0.1 only).")
final class BenchWebCommand implements Callable<Integer> {

    private static final int WARM_UP_SECONDS = 3;
    private static final int WIDE_SOURCES = 50;
    private static final int TIMED_QUERIES = 20;
    /** The scan takes seconds a query at 10,000 pages: fewer rounds bound the run. */
    private static final int SCANNED_QUERIES = 5;

    @Mixin
    LoadOptions load = new LoadOptions();

    @Override
    public Integer call() throws Exception {
        int stories = load.stories;
        int seconds = load.seconds;
        if (stories < 2 || seconds < 1 || seconds > 600 || load.connections < 1 || load.connections > 256) {
            System.err.println("storyline bench web: --stories at least 2, --seconds 1 to 600, --connections 1 to 256");
            return 2;
        }
        BenchServeCommand loader = new BenchServeCommand();
        loader.load = load;
        Path dir = Files.createTempDirectory("storyline-bench-web-");
        try (StoryStore store = StoryStore.open(dir)) {
            long t = System.nanoTime();
            BenchServeCommand.fill(store, stories - 1);
            StoryPage wide = wide(BenchServeCommand.synthetic(stories, Instant.parse("2026-11-20T12:00:00Z")));
            store.saveStory(wide);
            double fillSeconds = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            try (StorySearch search = StorySearch.open(dir, store)) {
                System.out.printf(Locale.ROOT, "bench web: %,d stories stored in %.1f s, indexed in %.1f s; cores %d; load average %.2f; load tool: %s%n",
                        stories, fillSeconds, (System.nanoTime() - t) / 1e9, Runtime.getRuntime().availableProcessors(),
                        loadAverage(), loader.useWrk() ? "wrk" : "Java loop");
                StoredCatalog catalog = new StoredCatalog(store);
                catalog.topStories();
                int narrow = stories / 2;
                String everyStory = "storm ports coast";
                String oneStory = "storm " + narrow;
                try (StoryServer server = StoryServer.start(catalog, null, search, "127.0.0.1", 0, null)) {
                    String base = "http://127.0.0.1:" + server.port();
                    List<String> routes = List.of("/", "/stories/" + wide.id(), "/api/stories",
                            "/search?q=" + everyStory.replace(' ', '+'), "/search?q=" + oneStory.replace(' ', '+'));
                    for (String route : routes) {
                        loader.load(base + route, route, WARM_UP_SECONDS);
                    }
                    for (String route : routes) {
                        System.out.println(loader.load(base + route, route, seconds));
                    }
                }
                List<StoryPage> all = store.stories();
                for (String query : List.of(everyStory, oneStory)) {
                    System.out.printf(Locale.ROOT, "one at a time, \"%s\": index %.2f ms a query (%d found); baseline, every page scanned for the words: %.2f ms (%d found)%n",
                            query, indexMillis(search, query), search.search(query, null, 0, 20).total(), scanMillis(all, query), scan(all, query));
                }
                System.out.printf(Locale.ROOT, "load average after: %.2f%n", loadAverage());
            }
        } finally {
            BenchStoreCommand.deleteTree(dir);
        }
        return 0;
    }

    /** The page with {@value #WIDE_SOURCES} sources, each sentence citing some of them. */
    private static StoryPage wide(StoryPage page) {
        List<StoryPage.Source> sources = new ArrayList<>();
        for (int n = 1; n <= WIDE_SOURCES; n++) {
            sources.add(new StoryPage.Source(n, "https://publisher" + n + ".example/news/wide", "Storm report from publisher " + n,
                    "Publisher " + n, "Reporter " + n, "2026-11-20T" + String.format(Locale.ROOT, "%02d", n % 24) + ":00:00Z"));
        }
        List<StoryPage.Section> sections = new ArrayList<>();
        int s = 0;
        for (StoryPage.Section section : page.sections()) {
            List<StoryPage.CitedSentence> cited = new ArrayList<>();
            for (StoryPage.CitedSentence sentence : section.sentences()) {
                int first = 1 + (s++ * 7) % WIDE_SOURCES;
                cited.add(new StoryPage.CitedSentence(sentence.text(), List.of(first, 1 + first % WIDE_SOURCES, 1 + (first + 1) % WIDE_SOURCES)));
            }
            sections.add(new StoryPage.Section(section.heading(), cited));
        }
        return new StoryPage("story-wide", page.headline(), page.updated(), WIDE_SOURCES, WIDE_SOURCES, sections, page.timeline(), sources);
    }

    private static double indexMillis(StorySearch search, String query) {
        search.search(query, null, 0, 20);
        long t = System.nanoTime();
        for (int i = 0; i < TIMED_QUERIES; i++) {
            search.search(query, null, 0, 20);
        }
        return (System.nanoTime() - t) / 1e6 / TIMED_QUERIES;
    }

    private static double scanMillis(List<StoryPage> all, String query) {
        scan(all, query);
        long t = System.nanoTime();
        for (int i = 0; i < SCANNED_QUERIES; i++) {
            scan(all, query);
        }
        return (System.nanoTime() - t) / 1e6 / SCANNED_QUERIES;
    }

    /** The baseline: pages whose headline or section text holds every word of the query, as whole words. */
    private static int scan(List<StoryPage> all, String query) {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        int found = 0;
        for (StoryPage p : all) {
            StringBuilder text = new StringBuilder(" ").append(p.headline()).append(' ');
            p.sections().forEach(sec -> sec.sentences().forEach(x -> text.append(x.text()).append(' ')));
            String lower = text.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
            boolean all1 = true;
            for (String w : words) {
                if (!lower.contains(" " + w + " ")) {
                    all1 = false;
                    break;
                }
            }
            if (all1) {
                found++;
            }
        }
        return found;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
