package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.follow.AdminToken;
import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.Subscriptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.scale.ConsumerLag;
import dev.storyline.scale.KafkaClients;
import dev.storyline.scale.KafkaDeliveryQueue;
import dev.storyline.scale.ScaleOut;
import dev.storyline.store.StoryStore;
import dev.storyline.web.Operations;
import dev.storyline.web.StoryServer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code storyline run --kafka BROKERS}: this process's share of the workers (its {@code --role}), with
 * the web server over the shared store, whose {@code /metrics} add the workers' consumer lag. The fetch
 * role is the feed follower of the single process, its deliveries going to Kafka instead of the pipeline,
 * polling only the hosts of the feed list partitions that the fetch worker owns.
 */
final class KafkaRun {

    private KafkaRun() {
    }

    static int run(RunCommand command) throws InterruptedException {
        Set<ScaleOut.Role> stages;
        KafkaClients clients;
        try {
            stages = command.kafka.stages();
            clients = command.kafka.clients();
        } catch (IllegalArgumentException e) {
            System.err.println("storyline run: " + e.getMessage());
            return 2;
        }
        ConsumerLag lag = new ConsumerLag();
        try (StoryStore store = command.database.open(command.data.dir);
             Fetcher fetcher = new Fetcher(command.follow.fetchSettings());
             KafkaDeliveryQueue queue = new KafkaDeliveryQueue(clients, lag)) {
            // The follower's own pipeline never runs here: its queue hands every fetched feed to the analysis workers.
            FeedFollower follower = stages.contains(ScaleOut.Role.FETCH) ? new FeedFollower(new Subscriptions(store), fetcher,
                    null, queue, command.follow.policy(), Math.max(1, command.parallelFetches), Clock.systemUTC()) : null;
            ScaleOut workers;
            try {
                // With --once, one process polls every due feed in one round, as the single process does: no shard.
                workers = ScaleOut.start(stages, clients, () -> Storyline.standard(command.follow.ingestOptions(),
                        command.llm.writer()), store, lag, latency -> { }, command.once ? null : follower);
            } catch (IllegalStateException e) {
                System.err.println("storyline run: " + e.getMessage());
                return 2;
            }
            try (workers) {
                if (follower != null && command.once) {
                    System.out.printf("storyline: %d feeds polled into %s%n", follower.pollRound(), clients.topics().fetched());
                    return 0;
                }
                serve(command, stages, clients, store, fetcher, follower, workers, lag);
            }
        }
        return 0;
    }

    private static void serve(RunCommand command, Set<ScaleOut.Role> stages, KafkaClients clients, StoryStore store, Fetcher fetcher,
                              FeedFollower follower, ScaleOut workers, ConsumerLag lag) throws InterruptedException {
        new AdminToken(store).createIfMissing().ifPresent(token -> System.out.println("storyline: the admin token, which"
                + " adds and removes feeds on the Feeds page (shown this once; only its hash is stored): " + token));
        if (follower != null) {
            follower.start();
        }
        Operations operations = withWorkers(FollowerAssembly.operations(follower, store, fetcher, command.follow.policy()),
                workers, lag);
        try (StoryServer server = StoryServer.start(new StoredCatalog(store), operations, command.host, command.port)) {
            System.out.printf("storyline: %s on Kafka at %s; stories at http://%s:%d/ (Ctrl+C to stop)%n",
                    stages.toString().toLowerCase(java.util.Locale.ROOT), clients.brokers(), command.host, server.port());
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        } finally {
            if (follower != null) {
                follower.close();
            }
        }
    }

    /** The follower's operations, healthy only while the workers run too, their metrics followed by the lag. */
    private static Operations withWorkers(Operations follower, ScaleOut workers, ConsumerLag lag) {
        return new Operations() {
            @Override
            public List<FeedListing> feeds() {
                return follower.feeds();
            }

            @Override
            public boolean healthy() {
                return follower.healthy() && workers.healthy();
            }

            @Override
            public String metrics() {
                return follower.metrics() + lag.prometheus();
            }

            @Override
            public boolean admits(String token) {
                return follower.admits(token);
            }

            @Override
            public Optional<String> follow(String address) {
                return follower.follow(address);
            }

            @Override
            public boolean unfollow(String idOrUrl) {
                return follower.unfollow(idOrUrl);
            }
        };
    }
}
