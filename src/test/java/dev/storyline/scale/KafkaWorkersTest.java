package dev.storyline.scale;

import dev.storyline.Storyline;
import dev.storyline.follow.FeedFixtures;
import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.PollPolicy;
import dev.storyline.follow.Subscriptions;
import dev.storyline.ingest.fetch.FetchSettings;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.TestSite;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.store.PostgresTestServer;
import dev.storyline.store.StoryStore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kafka mode against a real broker in this JVM and a real PostgreSQL store: the whole path from
 * fetched feeds through the topics to stored pages, from a fetch worker polling feeds on 127.0.0.1 too; a worker process killed with SIGKILL mid-stream; an
 * analysis worker added mid-stream; the broker restarted mid-stream. In each, every article ends up in the
 * store once, in one story, and the topic of analysed articles holds each article once (as a
 * read-committed reader sees it). One broker and one database server for the class; each test has topics
 * and a schema of its own.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class KafkaWorkersTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Set<ScaleOut.Role> ALL_BUT_FETCH = EnumSet.of(ScaleOut.Role.ANALYSE, ScaleOut.Role.CLUSTER, ScaleOut.Role.PAGES);
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** Between two requests to one host, for the fetch workers: well under a polling round. */
    private static final Duration POLITENESS = Duration.ofMillis(200);

    private static KafkaTestBroker broker;
    private static PostgresTestServer postgres;
    private static NewsStream stream;

    @BeforeAll
    static void start() throws Exception {
        broker = KafkaTestBroker.start();
        postgres = PostgresTestServer.start();
        stream = NewsStream.load();
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void fetchedFeedsGoThroughTheTopicsIntoStoredStoriesWithTheirPages() throws Exception {
        KafkaClients clients = clients();
        String url = postgres.newDatabaseUrl();
        int n = 12;
        ConsumerLag lag = new ConsumerLag();
        List<Duration> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        try (StoryStore store = StoryStore.connect(url, null, null);
             ScaleOut workers = ScaleOut.start(ALL_BUT_FETCH, clients, KafkaWorkersTest::pipeline, store, lag, latencies::add)) {
            NewsStream.send(clients, stream.deliveries(0, n, 5));
            await("all articles filed and their pages written", () -> store.articleCount() == n && store.duePages().isEmpty()
                    && latencies.size() == n);
            assertThat(workers.healthy()).isTrue();
            assertWholeOnce(store, clients, n);
            assertThat(store.stories()).isNotEmpty();
            assertThat(store.stories().stream().mapToInt(p -> p.articleCount()).sum()).isEqualTo(n);
            assertThat(lag.handled("analyse")).isEqualTo(n);
            assertThat(lag.prometheus()).contains("storyline_kafka_lag{group=\"" + clients.topics().group("cluster") + "\"")
                    .contains("storyline_kafka_records_total{role=\"analyse\"} " + n);
            assertThat(lag.lagOf(clients.topics().group("cluster"))).isZero();
        }
    }

    @Test
    void aFetchWorkerPutsFetchedFeedsOnTheTopicAndTheirItemsAreTakenInOnce() throws Exception {
        KafkaClients clients = clients();
        String url = postgres.newDatabaseUrl();
        ConsumerLag lag = new ConsumerLag();
        IngestOptions local = IngestOptions.defaults().withAllowPrivateNetworks(true);
        try (TestSite site = new TestSite(); StoryStore store = StoryStore.connect(url, null, null);
             Fetcher fetcher = new Fetcher(local.fetchSettings());
             KafkaDeliveryQueue queue = new KafkaDeliveryQueue(clients, lag);
             ScaleOut workers = ScaleOut.start(ALL_BUT_FETCH, clients, () -> Storyline.standard(local), store, lag, d -> { })) {
            FeedFixtures.serveArticles(site);
            site.page("/harbour.xml", 200, "application/rss+xml",
                    FeedFixtures.rss(site, "Harbour Times", "quake-harbour-times.html", "ports-freight-daily.html"));
            site.page("/island.xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Island Post", "quake-island-post.txt"));
            Subscriptions subscriptions = new Subscriptions(store);
            for (String feed : List.of("/harbour.xml", "/island.xml")) {
                subscriptions.add(site.url(feed), null, null, Instant.now().minusSeconds(60), Duration.ofSeconds(1));
            }
            FeedFollower follower = new FeedFollower(subscriptions, fetcher, null, queue, PollPolicy.defaults(), 4, Clock.systemUTC());
            assertThat(follower.pollRound()).isEqualTo(2);
            assertThat(lag.handled("fetch")).isEqualTo(2);
            await("the three items filed and on their pages", () -> store.articleCount() == 3 && store.duePages().isEmpty()
                    && subscriptions.itemsSince(Instant.EPOCH).values().stream().mapToInt(Integer::intValue).sum() == 3);
            assertThat(store.stories()).isNotEmpty();
            // Fetched again, the feeds bring nothing new: their items were recorded as taken in.
            Thread.sleep(1100);
            follower.pollRound();
            Thread.sleep(3000);
            assertThat(store.articleCount()).isEqualTo(3);
            assertWholeOnce(store, clients, 3);
        }
    }

    @Test
    void aWorkerProcessKilledMidStreamLosesNoArticleAndAssignsNoneTwice() throws Exception {
        KafkaClients clients = clients();
        String url = postgres.newDatabaseUrl();
        int n = 24;
        try (StoryStore store = StoryStore.connect(url, null, null)) {
            Process worker = worker(clients, url, "analyse,cluster");
            try (ScaleOut pages = ScaleOut.start(EnumSet.of(ScaleOut.Role.PAGES), clients, KafkaWorkersTest::pipeline, store,
                    new ConsumerLag(), d -> { })) {
                NewsStream.send(clients, stream.deliveries(0, n, 6));
                await("the worker process filing articles", () -> store.articleCount() >= 3);
                worker.destroyForcibly();
                assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
                int before = store.articleCount();
                assertThat(before).isLessThan(n);
                // The standby takes the killed worker's partitions and goes on from what the group and the store hold.
                try (ScaleOut standby = ScaleOut.start(EnumSet.of(ScaleOut.Role.ANALYSE, ScaleOut.Role.CLUSTER), clients,
                        KafkaWorkersTest::pipeline, store, new ConsumerLag(), d -> { })) {
                    await("every article filed after the kill", () -> store.articleCount() == n && store.duePages().isEmpty());
                    assertWholeOnce(store, clients, n);
                }
            } finally {
                worker.destroyForcibly();
            }
        }
    }

    @Test
    void anAnalysisWorkerAddedMidStreamTakesPartitionsAndNothingIsAnalysedTwice() throws Exception {
        KafkaClients clients = clients();
        String url = postgres.newDatabaseUrl();
        int n = 24;
        ConsumerLag first = new ConsumerLag();
        ConsumerLag added = new ConsumerLag();
        try (StoryStore store = StoryStore.connect(url, null, null);
             ScaleOut workers = ScaleOut.start(ALL_BUT_FETCH, clients, KafkaWorkersTest::pipeline, store, first, d -> { })) {
            NewsStream.send(clients, stream.deliveries(0, n / 2, 12));
            await("the first worker analysing", () -> first.handled("analyse") >= 2);
            try (ScaleOut second = ScaleOut.start(EnumSet.of(ScaleOut.Role.ANALYSE), clients, KafkaWorkersTest::pipeline, store,
                    added, d -> { })) {
                await("the added worker owning partitions", () -> added.lagOf(clients.topics().group("analyse")) >= 0);
                NewsStream.send(clients, stream.deliveries(n / 2, n, 12));
                await("every article filed", () -> store.articleCount() == n && store.duePages().isEmpty());
                assertThat(added.handled("analyse")).isPositive();
                assertThat(first.handled("analyse") + added.handled("analyse")).isEqualTo(n);
                assertWholeOnce(store, clients, n);
            }
        }
    }

    @Test
    void theBrokerRestartedMidStreamLosesNothingAndRepeatsNothing() throws Exception {
        KafkaClients clients = clients();
        String url = postgres.newDatabaseUrl();
        int n = 16;
        ConsumerLag lag = new ConsumerLag();
        try (StoryStore store = StoryStore.connect(url, null, null);
             ScaleOut workers = ScaleOut.start(ALL_BUT_FETCH, clients, KafkaWorkersTest::pipeline, store, lag, d -> { })) {
            NewsStream.send(clients, stream.deliveries(0, n / 2, 4));
            await("some articles filed", () -> store.articleCount() >= 2);
            broker.restart();
            NewsStream.send(clients, stream.deliveries(n / 2, n, 4));
            await("every article filed after the restart", () -> store.articleCount() == n && store.duePages().isEmpty());
            assertThat(workers.healthy()).isTrue();
            assertWholeOnce(store, clients, n);
        }
    }

    @Test
    void existingTopicsAreCheckedFewerPartitionsThanAskedOrASplitClustererBeingAnErrorThatSaysWhatToDo() throws Exception {
        KafkaClients clients = clients();
        Topics asked = clients.topics();
        try (Admin admin = clients.admin()) {
            new Topics(asked.prefix(), 2).create(admin);
            // More partitions than asked are used as they are.
            new Topics(asked.prefix(), 1, 2, 1).create(admin);
            assertThatThrownBy(() -> new Topics(asked.prefix(), 2, 4, 2).create(admin)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the topic " + asked.fetched() + " has 2 partitions, fewer than the 4 asked"
                            + " (--partitions or --fetched-partitions)")
                    .hasMessageContaining("kafka-topics.sh --alter --topic " + asked.fetched() + " --partitions 4");
            ConfigResource feeds = new ConfigResource(ConfigResource.Type.TOPIC, asked.feeds());
            assertThat(admin.describeConfigs(List.of(feeds)).all().get(30, TimeUnit.SECONDS).get(feeds)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);

            Topics split = new Topics("test" + RUNS.incrementAndGet() + ".", 2);
            admin.createTopics(List.of(new NewTopic(split.analysed(), 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> split.create(admin)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the topic " + split.analysed() + " has 2 partitions; the clusterer has one leader");
        }
    }

    /** One request for a feed, as the test server saw it. */
    private record FeedRequest(String feed, String agent, long nanos, boolean conditional) {
    }

    @Test
    void fetchWorkersShareTheFeedsByHostAndAWorkerAddedOrKilledHandsItsHostsOnWithoutARepeatOrAGap() throws Exception {
        KafkaClients clients = new KafkaClients(broker.bootstrap(), new Topics("test" + RUNS.incrementAndGet() + ".", 4));
        String url = postgres.newDatabaseUrl();
        List<FeedRequest> requests = new CopyOnWriteArrayList<>();
        Duration round = Duration.ofSeconds(3);
        try (TestSite site = new TestSite(); StoryStore store = StoryStore.connect(url, null, null)) {
            Subscriptions subscriptions = new Subscriptions(store);
            // Two hosts in each partition of the feed list (names under localhost reach this machine), two feeds each.
            Map<Integer, Integer> hostsIn = new HashMap<>();
            List<String> feeds = new ArrayList<>();
            for (int i = 0; hostsIn.size() < 4 || hostsIn.values().stream().anyMatch(c -> c < 2); i++) {
                String host = "news-" + i + ".localhost";
                int p = FetchWorker.partitionOf(host, 4);
                if (hostsIn.getOrDefault(p, 0) < 2) {
                    hostsIn.merge(p, 1, Integer::sum);
                    for (String name : List.of("world", "local")) {
                        String path = "/" + host + "/" + name + ".xml";
                        feeds.add(path);
                        site.route(path, exchange -> {
                            String etag = "\"" + path.hashCode() + "\"";
                            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
                            requests.add(new FeedRequest(path, exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime(),
                                    asked != null));
                            exchange.getResponseHeaders().add("ETag", etag);
                            if (etag.equals(asked)) {
                                exchange.sendResponseHeaders(304, -1);
                            } else {
                                TestSite.send(exchange, 200, "application/rss+xml", FeedFixtures.bytes("<rss version=\"2.0\"><channel><title>"
                                        + host + "</title><link>http://" + host + "/</link></channel></rss>"));
                            }
                        });
                        subscriptions.add("http://" + host + ":" + site.port() + path, null, null, Instant.now(), round);
                    }
                }
            }
            try (FetchProcess a = FetchProcess.start(clients, store, "worker-a", round)) {
                Process killed = fetchWorker(clients, url, round);
                try {
                    await("the worker process polling", () -> requests.stream().anyMatch(r -> r.agent().startsWith("Storyline/")));
                    Thread.sleep(2 * round.toMillis());
                    try (FetchProcess b = FetchProcess.start(clients, store, "worker-b", round)) {
                        await("the added worker polling", () -> requests.stream().anyMatch(r -> r.agent().equals("worker-b")));
                        Thread.sleep(2 * round.toMillis());
                        killed.destroyForcibly();
                        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
                        long kill = System.nanoTime();
                        await("every feed polled after the kill", () -> feeds.stream().allMatch(f -> requests.stream()
                                .anyMatch(r -> r.feed().equals(f) && r.nanos() > kill)));
                        Thread.sleep(2 * round.toMillis());
                    }
                } finally {
                    killed.destroyForcibly();
                }
            }
            Map<String, List<FeedRequest>> byFeed = new HashMap<>();
            requests.forEach(r -> byFeed.computeIfAbsent(r.feed(), f -> new ArrayList<>()).add(r));
            assertThat(byFeed.keySet()).containsExactlyInAnyOrderElementsOf(feeds);
            assertThat(requests).extracting(FeedRequest::agent).contains("worker-a", "worker-b")
                    .anyMatch(agent -> agent.startsWith("Storyline/"));
            for (List<FeedRequest> polls : byFeed.values()) {
                polls.sort(java.util.Comparator.comparingLong(FeedRequest::nanos));
                for (int i = 1; i < polls.size(); i++) {
                    Duration gap = Duration.ofNanos(polls.get(i).nanos() - polls.get(i - 1).nanos());
                    // A round is 3 s (2.7 s at the least, with the process's jitter, less a request held up by the host's
                    // other feed or a busy machine); two workers owning a host at once poll it when it falls due, within
                    // a scan (250 ms) of each other: polls closer than a third of a round were two workers' in one round.
                    assertThat(gap).as("gap between polls %d and %d of %s (%s then %s)", i - 1, i, polls.get(i).feed(),
                            polls.get(i - 1).agent(), polls.get(i).agent()).isGreaterThan(round.dividedBy(3))
                            // The longest wait is the killed worker's hosts', until the group gives up on it (10 s).
                            .isLessThan(Duration.ofSeconds(40));
                    // Every poll after a feed's first sends the validator its last poll stored, whichever worker made it.
                    assertThat(polls.get(i).conditional()).as("poll %d of %s sent If-None-Match", i, polls.get(i).feed()).isTrue();
                }
            }
            // The hosts that moved between workers kept both their feeds on one worker at a time.
            assertThat(byFeed.values().stream().filter(polls -> polls.stream().map(FeedRequest::agent).distinct().count() > 1))
                    .isNotEmpty();
        }
    }

    /** An in-JVM fetch worker: its group membership, its follower, its own User-Agent. */
    private record FetchProcess(ScaleOut worker, FeedFollower follower, Fetcher fetcher, KafkaDeliveryQueue queue) implements AutoCloseable {
        static FetchProcess start(KafkaClients clients, StoryStore store, String agent, Duration round) {
            IngestOptions o = IngestOptions.defaults().withAllowPrivateNetworks(true).withPolitenessDelay(POLITENESS);
            Fetcher fetcher = new Fetcher(new FetchSettings(agent, true, o.politenessDelay(), o.connectTimeout(), o.readTimeout(), o.maxBytes()));
            ConsumerLag lag = new ConsumerLag();
            KafkaDeliveryQueue queue = new KafkaDeliveryQueue(clients, lag);
            FeedFollower follower = new FeedFollower(new Subscriptions(store), fetcher, null, queue, new PollPolicy(round, round, round, 0),
                    4, Clock.systemUTC());
            ScaleOut worker = ScaleOut.start(EnumSet.of(ScaleOut.Role.FETCH), clients, () -> {
                throw new AssertionError("a fetch worker has no pipeline");
            }, store, lag, d -> { }, follower);
            follower.start();
            return new FetchProcess(worker, follower, fetcher, queue);
        }

        @Override
        public void close() throws Exception {
            worker.close();
            follower.close();
            queue.close();
            fetcher.close();
        }
    }

    /** {@code storyline run --kafka --role fetch} in a JVM of its own, polling every {@code round}. */
    private static Process fetchWorker(KafkaClients clients, String databaseUrl, Duration round) throws Exception {
        return worker(clients, databaseUrl, "fetch", "--allow-private-networks", "--politeness", String.valueOf(POLITENESS.toMillis()), "--min-interval", String.valueOf(round.toSeconds()),
                "--max-interval", String.valueOf(round.toSeconds()));
    }

    /** Every article stored once by text, each in one story with a page, and the analysed topic holding each once. */
    private static void assertWholeOnce(StoryStore store, KafkaClients clients, int n) throws SQLException {
        assertThat(store.articleCount()).isEqualTo(n);
        String url = store.location();
        assertThat(distinctContentHashes(store)).isEqualTo(n);
        Map<String, Integer> analysed = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : committed(clients, clients.topics().analysed())) {
            analysed.merge(r.key(), 1, Integer::sum);
        }
        assertThat(analysed).as("analysed records per content hash in " + url).hasSize(n);
        assertThat(analysed.values()).allMatch(c -> c == 1);
        int inStories = store.stories().stream().mapToInt(p -> p.articleCount()).sum();
        assertThat(inStories).as("articles cited by the pages").isEqualTo(n);
    }

    private static int distinctContentHashes(StoryStore store) {
        return store.withHandle(false, h -> h.createQuery("SELECT COUNT(DISTINCT content_hash) FROM article").mapTo(Integer.class).one());
    }

    /** Every committed record of the topic, read from the start. */
    private static List<ConsumerRecord<String, byte[]>> committed(KafkaClients clients, String topic) {
        Map<String, Object> c = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, clients.brokers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private static KafkaClients clients() {
        return new KafkaClients(broker.bootstrap(), new Topics("test" + RUNS.incrementAndGet() + ".", 6));
    }

    private static Storyline pipeline() {
        return Storyline.standard(IngestOptions.defaults());
    }

    /** {@code storyline run --kafka} in a JVM of its own, running the given roles, on the test's topics. */
    private static Process worker(KafkaClients clients, String databaseUrl, String roles, String... options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Topics t = clients.topics();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "dev.storyline.cli.Main", "run", "--kafka", clients.brokers(), "--role", roles, "--topic-prefix", t.prefix(),
                "--feed-partitions", String.valueOf(t.feedPartitions()), "--fetched-partitions", String.valueOf(t.fetchedPartitions()),
                "--story-change-partitions", String.valueOf(t.storyChangePartitions()),
                "--database", databaseUrl, "--port", "0", "--host", "127.0.0.1"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + " after " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }
}
