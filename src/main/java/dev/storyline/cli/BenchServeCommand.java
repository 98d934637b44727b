package dev.storyline.cli;

import dev.storyline.rank.TopHeadlines;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import dev.storyline.web.StoryCatalog;
import dev.storyline.web.StoryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code storyline bench serve}: fills a temporary SQLite store with synthetic story pages (10,000 by
 * default), serves it on 127.0.0.1 and loads each route in turn with one tool: {@code wrk} when it is on
 * the PATH, else a bounded Java loop (so many connections, so many seconds, nothing else). Reports
 * requests per second and latency percentiles per route, and, as the baseline in the same run, the front
 * page from a catalog that reads and ranks every stored page on each request, as the server did before.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Requests/s and latency of /, /api/stories, a story page and the feed over a store of N stories (127.0.0.1 only).")
final class BenchServeCommand implements Callable<Integer> {

    private static final int WARM_UP_SECONDS = 3;
    private static final int BASELINE_REQUESTS = 3;

    @Mixin
    LoadOptions load = new LoadOptions();

    /** What one route did under load. */
    record Load(String route, double requestsPerSecond, double p50Millis, double p99Millis, long errors) {
        @Override
        public String toString() {
            return String.format("%-34s %9.0f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %d", route, requestsPerSecond,
                    p50Millis, p99Millis, errors);
        }
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("storyline-bench-serve-");
        try (StoryStore store = StoryStore.open(dir)) {
            long t = System.nanoTime();
            fill(store, load.stories);
            System.out.printf("bench serve: %,d stories stored in %.1f s; cores %d; load tool: %s%n", load.stories,
                    (System.nanoTime() - t) / 1e9, Runtime.getRuntime().availableProcessors(), useWrk() ? "wrk" : "Java loop");
            StoredCatalog catalog = new StoredCatalog(store);
            try (StoryServer server = StoryServer.start(catalog, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                catalog.topStories(); // the first ranking, before the clock starts
                String someStory = catalog.topStories().get(load.stories / 2).id();
                List<String> routes = List.of("/", "/api/stories", "/?page=50", "/api/stories?page=50&limit=100",
                        "/stories/" + someStory, "/feed.atom");
                for (String route : routes) {
                    load(base + route, route, WARM_UP_SECONDS); // every route compiled before any is measured
                }
                for (String route : routes) {
                    System.out.println(load(base + route, route, load.seconds));
                }
            }
            // The baseline: every request reads and ranks all stored pages, as before the ranked list was kept.
            StoryCatalog uncached = new StoryCatalog() {
                @Override
                public List<StoryPage> topStories() {
                    return TopHeadlines.rank(store.stories());
                }

                @Override
                public Optional<StoryPage> story(String id) {
                    return store.story(id);
                }
            };
            try (StoryServer server = StoryServer.start(uncached, "127.0.0.1", 0)) {
                // Seconds a request: a load tool would only time out, so a few requests are timed one by one.
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build();
                List<String> times = new ArrayList<>();
                for (int i = 0; i < BASELINE_REQUESTS; i++) {
                    long sent = System.nanoTime();
                    client.send(request, HttpResponse.BodyHandlers.discarding());
                    times.add(String.format("%.0f ms", (System.nanoTime() - sent) / 1e6));
                }
                System.out.println("baseline, / with every page read and ranked per request (as before), one request at a time: "
                        + String.join(", ", times));
            }
        } finally {
            BenchStoreCommand.deleteTree(dir);
        }
        return 0;
    }

    /** Stores {@code stories} synthetic pages, newest first, in transactions of 500. */
    static void fill(StoryStore store, int stories) {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        int batch = 500;
        for (int from = 0; from < stories; from += batch) {
            int start = from;
            store.inTransaction(() -> {
                for (int i = start; i < Math.min(stories, start + batch); i++) {
                    store.saveStory(synthetic(i, now.minusSeconds(97L * i)));
                }
            });
        }
    }

    /** A page the size of a real one: three sections of three cited sentences, a timeline and five sources. */
    static StoryPage synthetic(int i, Instant updated) {
        List<StoryPage.Section> sections = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            List<StoryPage.CitedSentence> sentences = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                sentences.add(new StoryPage.CitedSentence("Officials in district " + i + " said on Monday that section " + s
                        + " of the report, sentence " + k + ", describes what happened after the storm reached the coast.",
                        List.of(1 + k, 1 + (k + s) % 5)));
            }
            sections.add(new StoryPage.Section("Part " + s + " of story " + i, sentences));
        }
        List<StoryPage.TimelineEntry> timeline = List.of(
                new StoryPage.TimelineEntry("2026-11-2" + (i % 9), "The storm formed offshore.", List.of(1), false),
                new StoryPage.TimelineEntry("2026-11-30", "Ports closed along the coast.", List.of(2, 3), false));
        List<StoryPage.Source> sources = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            sources.add(new StoryPage.Source(n, "https://publisher" + n + ".example/news/" + i, "Storm report " + i + " from publisher " + n,
                    "Publisher " + n, "Reporter " + n, updated.minusSeconds(3600L * n).toString()));
        }
        return new StoryPage("story-" + i, "Storm " + i + " closes ports along the coast", updated.toString(), 5, 5, sections, timeline, sources);
    }

    boolean useWrk() {
        return !load.javaLoop && Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    /** Loads one URL for {@code duration} seconds with wrk or the Java loop, {@code --connections} at once. */
    Load load(String url, String route, int duration) throws IOException, InterruptedException {
        return useWrk() ? wrk(url, route, duration) : javaLoop(url, route, duration);
    }

    /** wrk with its latency distribution; 127.0.0.1 only, bounded by --seconds. */
    private Load wrk(String url, String route, int duration) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + load.connections, "-d" + duration + "s", "--latency", url)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double rps = number(out, "Requests/sec:\\s+([\\d.]+)");
        double p50 = millis(out, "50%");
        double p99 = millis(out, "99%");
        long errors = (long) (number(out, "Non-2xx or 3xx responses: (\\d+)") + number(out, "Socket errors: connect (\\d+)"));
        return new Load(route, rps, p50, p99, errors);
    }

    private static double number(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** A wrk latency percentile line such as {@code 99%   12.34ms} in milliseconds. */
    private static double millis(String text, String percentile) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(text);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** The fallback: {@code connections} virtual threads sending requests back to back for {@code duration} seconds. */
    private Load javaLoop(String url, String route, int duration) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + duration * 1_000_000_000L;
        List<Future<long[]>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < load.connections; c++) {
                workers.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    long errors = 0;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() >= 400) {
                                errors++;
                            }
                        } catch (IOException e) {
                            errors++;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t;
                    }
                    long[] out = Arrays.copyOf(latencies, n + 1);
                    out[n] = errors;
                    return out;
                }));
            }
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : workers) {
            try {
                long[] r = f.get();
                for (int i = 0; i < r.length - 1; i++) {
                    all.add(r[i]);
                }
                errors += r[r.length - 1];
            } catch (java.util.concurrent.ExecutionException e) {
                errors++;
            }
        }
        all.sort(Long::compare);
        double p50 = all.isEmpty() ? Double.NaN : all.get(all.size() / 2) / 1e6;
        double p99 = all.isEmpty() ? Double.NaN : all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)) / 1e6;
        return new Load(route, all.size() / (double) duration, p50, p99, errors);
    }
}
