package dev.storyline.scale;

import dev.storyline.Storyline;
import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.Subscriptions;
import dev.storyline.store.StoryStore;
import org.apache.kafka.clients.admin.Admin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The workers of one process in the Kafka mode: fetch, analyse, cluster and pages as this process's roles
 * say, each on its own thread, the last three with a pipeline of their own (a pipeline serves one thread).
 * The fetch role polls with the feed follower that the command builds (its queue a {@link KafkaDeliveryQueue});
 * the fetch worker tells it which hosts are this process's to poll. Close it to stop them; each finishes
 * its batch and leaves its group. Safe to share across threads.
 */
public final class ScaleOut implements AutoCloseable {

    /** What a process does; {@code all} is every stage in one process. */
    public enum Role {
        FETCH, ANALYSE, CLUSTER, PAGES, ALL;

        /** The stages this role runs. */
        public Set<Role> stages() {
            return this == ALL ? EnumSet.of(FETCH, ANALYSE, CLUSTER, PAGES) : EnumSet.of(this);
        }

        public static Role of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("no role " + name + ": fetch, analyse, cluster, pages or all");
            }
        }
    }

    private final List<StageWorker> workers;
    private final List<Storyline> pipelines;

    private ScaleOut(List<StageWorker> workers, List<Storyline> pipelines) {
        this.workers = workers;
        this.pipelines = pipelines;
    }

    /**
     * Creates the topics that are missing and starts the workers of {@code stages} but fetch.
     *
     * @param pipelines  builds a pipeline for each worker
     * @param pageLatency told how long each article took from its feed's fetch to its page (pages workers)
     */
    public static ScaleOut start(Set<Role> stages, KafkaClients clients, Supplier<Storyline> pipelines, StoryStore store,
                                 ConsumerLag lag, Consumer<Duration> pageLatency) {
        return start(stages, clients, pipelines, store, lag, pageLatency, null);
    }

    /**
     * Creates the topics that are missing (checking those that exist: {@link Topics#create}) and starts
     * the workers of {@code stages}; the fetch worker, when {@code follower} is given, shards its polling.
     * Start the follower after this.
     *
     * @param pipelines   builds a pipeline for each worker
     * @param pageLatency told how long each article took from its feed's fetch to its page (pages workers)
     * @param follower    the feed follower of the fetch role, or {@code null}
     * @throws IllegalStateException when the brokers fail or an existing topic does not fit the topics asked
     */
    public static ScaleOut start(Set<Role> stages, KafkaClients clients, Supplier<Storyline> pipelines, StoryStore store,
                                 ConsumerLag lag, Consumer<Duration> pageLatency, FeedFollower follower) {
        try (Admin admin = clients.admin()) {
            clients.topics().create(admin);
        }
        List<StageWorker> workers = new ArrayList<>();
        List<Storyline> built = new ArrayList<>();
        Clock clock = Clock.systemUTC();
        if (stages.contains(Role.FETCH) && follower != null) {
            FetchWorker fetch = new FetchWorker(clients, follower, lag, clock);
            follower.shardBy(fetch);
            workers.add(fetch);
        }
        if (stages.contains(Role.ANALYSE)) {
            Storyline s = pipelines.get();
            built.add(s);
            workers.add(new AnalysisWorker(clients, s.steps(), new Subscriptions(store), lag, clock));
        }
        if (stages.contains(Role.CLUSTER)) {
            Storyline s = pipelines.get();
            built.add(s);
            workers.add(new ClusterWorker(clients, s.steps(), store, lag));
        }
        if (stages.contains(Role.PAGES)) {
            Storyline s = pipelines.get();
            built.add(s);
            workers.add(new PageWorker(clients, s.steps(), store, lag, pageLatency, clock));
        }
        workers.forEach(StageWorker::start);
        return new ScaleOut(workers, built);
    }

    /** Whether every worker runs (none stopped by a record it cannot read). */
    public boolean healthy() {
        return workers.stream().allMatch(StageWorker::isRunning);
    }

    @Override
    public void close() throws InterruptedException {
        for (StageWorker w : workers) {
            w.close();
        }
        pipelines.forEach(Storyline::close);
    }
}
