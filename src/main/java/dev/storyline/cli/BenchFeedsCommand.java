package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storyline.Storyline;
import dev.storyline.follow.DeliveryQueue;
import dev.storyline.follow.FeedDelivery;
import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.FetchState;
import dev.storyline.follow.FollowMetrics;
import dev.storyline.follow.InMemoryDeliveryQueue;
import dev.storyline.follow.ItemKeys;
import dev.storyline.follow.PollPolicy;
import dev.storyline.follow.Subscriptions;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code storyline bench feeds}: a server of the bench's own on 127.0.0.1 serves N generated feeds whose
 * items link to article pages (the bundled demo corpus, dated over three days); one in ten answers 304 to a
 * conditional request, one in twenty is slow (200 ms), one in twenty fails (503 with Retry-After), one in
 * twenty has moved (301). Measured: two poll rounds of the fetch side alone (the first fetch, then the
 * steady state with validators), in fetches per second, CPU and peak heap; then a smaller set of feeds
 * through the whole pipeline, in articles per second and the time from a feed's fetch to its items being
 * on their story pages. Politeness is off, as every feed is on the one loopback host.
 */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Feed fetching and following on 127.0.0.1: fetches/s, CPU, heap, articles/s, time to page.")
final class BenchFeedsCommand implements Callable<Integer> {

    @Option(names = "--feeds", description = "feeds served and polled, default ${DEFAULT-VALUE}")
    int feeds = 2000;

    @Option(names = "--items", description = "items per feed, default ${DEFAULT-VALUE}")
    int items = 5;

    @Option(names = "--pipeline-feeds", description = "feeds followed through the whole pipeline, default ${DEFAULT-VALUE}")
    int pipelineFeeds = 40;

    @Option(names = "--parallel", description = "feeds fetched at once, default ${DEFAULT-VALUE}")
    int parallel = 64;

    private static final PollPolicy POLICY = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofDays(1), 0.1);
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final List<JsonNode> corpus = new ArrayList<>();
    /** How far the bench's clock runs ahead of the real one: it jumps to make every feed due again. */
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead.get());
        }
    };

    @Override
    public Integer call() throws Exception {
        readCorpus();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path scratch = Files.createTempDirectory("storyline-bench-feeds");
        IngestOptions options = IngestOptions.defaults().withAllowPrivateNetworks(true).withPolitenessDelay(Duration.ZERO);
        System.out.printf("bench feeds: %d feeds x %d items on %s, %d fetched at once, %d cores%n", feeds, items, base,
                parallel, Runtime.getRuntime().availableProcessors());
        try (Fetcher fetcher = new Fetcher(options.fetchSettings())) {
            try (StoryStore store = StoryStore.open(scratch.resolve("fetch"))) {
                fetchSide(store, fetcher, base);
            }
            try (StoryStore store = StoryStore.open(scratch.resolve("pipeline"));
                 Storyline storyline = Storyline.standard(options, null, fetcher)) {
                pipeline(store, fetcher, storyline, base);
            }
        } finally {
            server.stop(0);
        }
        return 0;
    }

    /** Two rounds over every feed, the pipeline replaced by a queue that only records what was taken in. */
    private void fetchSide(StoryStore store, Fetcher fetcher, String base) throws InterruptedException {
        Subscriptions subscriptions = subscribe(store, base, feeds);
        RecordingQueue queue = new RecordingQueue(subscriptions);
        // The pipeline is never called: the recording queue hands nothing on.
        FeedFollower follower = new FeedFollower(subscriptions, fetcher, null, queue, POLICY, parallel, clock);
        for (String round : List.of("first fetch", "steady state")) {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu = processCpuNanos();
            long fetchedBefore = total(follower.metrics());
            long start = System.nanoTime();
            int polled = follower.pollRound();
            double wall = (System.nanoTime() - start) / 1e9;
            long fetched = total(follower.metrics()) - fetchedBefore;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("fetch side, %s: %d feeds polled in %.2f s, %.0f fetches/s; CPU %.1f s (%.0f%% of one core);"
                            + " peak heap %d MB; fetched %d, not modified %d, failed %d so far; %d new items%n",
                    round, polled, wall, fetched / wall, (processCpuNanos() - cpu) / 1e9, 100 * (processCpuNanos() - cpu) / 1e9 / wall,
                    peak >> 20, follower.metrics().fetches(FetchState.Outcome.FETCHED),
                    follower.metrics().fetches(FetchState.Outcome.NOT_MODIFIED),
                    follower.metrics().fetches(FetchState.Outcome.FAILED), queue.takeItems());
            ahead.set(ahead.get().plus(Duration.ofDays(2))); // every feed is due again
        }
        follower.close();
    }

    /** A few feeds through the whole pipeline: articles per second and the time from fetch to page. */
    private void pipeline(StoryStore store, Fetcher fetcher, Storyline storyline, String base) throws InterruptedException {
        Subscriptions subscriptions = subscribe(store, base, pipelineFeeds);
        FeedFollower follower = new FeedFollower(subscriptions, fetcher, storyline, new InMemoryDeliveryQueue(256), POLICY,
                parallel, clock);
        long start = System.nanoTime();
        follower.pollRound();
        double wall = (System.nanoTime() - start) / 1e9;
        long added = follower.metrics().articlesAdded();
        String lag = follower.metrics().prometheus().lines().filter(l -> l.startsWith("storyline_delivery_lag_seconds"))
                .reduce("", (a, b) -> a + " " + b);
        System.out.printf("pipeline: %d feeds, %d articles to %d stories in %.1f s, %.1f articles/s;%s%n", pipelineFeeds,
                added, store.stories().size(), wall, added / wall, lag);
        follower.close();
    }

    private Subscriptions subscribe(StoryStore store, String base, int n) {
        Subscriptions subscriptions = new Subscriptions(store);
        store.inTransaction(() -> {
            for (int i = 0; i < n; i++) {
                subscriptions.add(base + "/feed/" + i + ".xml", null, null, clock.instant(), POLICY.initialInterval());
            }
        });
        return subscriptions;
    }

    private static long total(FollowMetrics m) {
        long sum = 0;
        for (FetchState.Outcome o : FetchState.Outcome.values()) {
            sum += m.fetches(o);
        }
        return sum;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private void readCorpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BenchFeedsCommand.class.getResourceAsStream(DemoCommand.CORPUS), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    corpus.add(json.readTree(line));
                }
            }
        }
    }

    // ---- the bench's own site ----

    private void answer(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/article/")) {
                send(ex, 200, "text/html; charset=utf-8", article(Integer.parseInt(path.replaceAll("\\D", ""))));
                return;
            }
            boolean moved = path.startsWith("/moved/");
            if (!path.startsWith("/feed/") && !moved) {
                send(ex, 404, "text/plain", "not found");
                return;
            }
            int i = Integer.parseInt(path.replaceAll("\\D", ""));
            String tag = "\"f" + i + "\"";
            switch (moved ? -1 : i % 20) {
                case 2 -> sleep(200);
                case 3 -> {
                    ex.getResponseHeaders().add("Retry-After", "600");
                    send(ex, 503, "text/plain", "down for maintenance");
                    return;
                }
                case 4 -> {
                    ex.getResponseHeaders().add("Location", "/moved/" + i + ".xml");
                    send(ex, 301, "text/plain", "moved");
                    return;
                }
                default -> {
                }
            }
            if (i % 10 == 0 && tag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", tag);
            send(ex, 200, "application/rss+xml; charset=utf-8", feed(i, "http://" + ex.getRequestHeaders().getFirst("Host")));
        }
    }

    private String feed(int i, String base) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed ")
                .append(i).append("</title><link>").append(base).append("/</link><description>bench</description>");
        for (int j = 0; j < items; j++) {
            int k = i * items + j;
            out.append("<item><title>").append(escape(title(k))).append("</title><link>").append(base).append("/article/")
                    .append(k).append(".html</link><guid>").append(base).append("/article/").append(k).append(".html</guid><pubDate>")
                    .append(RFC_1123.format(published(k))).append("</pubDate><description>A teaser.</description></item>");
        }
        return out.append("</channel></rss>").toString();
    }

    private String article(int k) {
        JsonNode a = corpus.get(k % corpus.size());
        StringBuilder body = new StringBuilder();
        for (String paragraph : a.path("text").asText().split("\\n\\s*\\n")) {
            body.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><title>" + escape(title(k)) + "</title><meta property=\"article:published_time\" content=\""
                + published(k) + "\"></head><body><article><h1>" + escape(title(k)) + "</h1>\n" + body + "</article></body></html>";
    }

    private String title(int k) {
        String t = corpus.get(k % corpus.size()).path("title").asText();
        return t.isBlank() ? "Report " + k : t;
    }

    /** Dates spread over three days before the bench started. */
    private Instant published(int k) {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofMinutes(37L * (k % 117)));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The fetch side's queue in the bench: records each delivery's items as seen with its validators at
     * once, as the pipeline would, and keeps nothing, so that the fetchers are timed alone.
     */
    private static final class RecordingQueue implements DeliveryQueue {
        private final Subscriptions subscriptions;
        private long items;

        RecordingQueue(Subscriptions subscriptions) {
            this.subscriptions = subscriptions;
        }

        @Override
        public synchronized void put(FeedDelivery d) {
            items += d.feed().items().size();
            List<List<String>> keys = d.feed().items().stream().map(ItemKeys::of).toList();
            subscriptions.recordProcessed(d.subscriptionId(), keys, d.etag(), d.lastModified(), d.fetchedAt());
        }

        @Override
        public List<FeedDelivery> take(int max, Duration wait) {
            return List.of();
        }

        @Override
        public int depth() {
            return 0;
        }

        synchronized long takeItems() {
            long n = items;
            items = 0;
            return n;
        }
    }
}
