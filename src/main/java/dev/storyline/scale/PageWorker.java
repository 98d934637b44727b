package dev.storyline.scale;

import dev.storyline.StageSteps;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.store.StoryStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pages worker: takes story changes off their topic (by story id, so one story's page is written by
 * one worker at a time) and writes the stories' pages from the store. The marks of pages due in the store
 * are the truth: at start and every minute it also writes the pages left due that no record asked for
 * (a cluster leader that died between its commit and its message). One thread uses it.
 */
final class PageWorker extends StageWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PageWorker.class);
    static final int BATCH = 64;
    static final Duration SWEEP = Duration.ofMinutes(1);

    private final StageSteps steps;
    private final StoryStore store;
    private final Consumer<Duration> latency;
    private final Clock clock;
    private Instant nextSweep = Instant.MIN;

    /**
     * @param latency told, for each article whose page was written, how long it took from its feed's fetch
     */
    PageWorker(KafkaClients clients, StageSteps steps, StoryStore store, ConsumerLag lag, Consumer<Duration> latency, Clock clock) {
        super("pages", clients, lag);
        this.steps = steps;
        this.store = store;
        this.latency = latency;
        this.clock = clock;
    }

    @Override
    void open() {
        consumer = clients.consumer(role(), BATCH);
        consumer.subscribe(List.of(clients.topics().storyChanges()));
    }

    @Override
    void step() {
        Consumer<IngestProblem> problems = p -> LOG.info("{}", p);
        if (clock.instant().isAfter(nextSweep)) {
            steps.writePages(store.duePages(), store, problems);
            nextSweep = clock.instant().plus(SWEEP);
        }
        ConsumerRecords<String, byte[]> records = poll();
        if (records.isEmpty()) {
            return;
        }
        Set<String> stories = new LinkedHashSet<>();
        List<Instant> fetched = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            read(r, StageRecords.Kind.STORY, StoryChange.class).ifPresent(change -> {
                stories.add(change.storyId());
                fetched.addAll(change.fetchedAt());
            });
        }
        steps.writePages(List.copyOf(stories), store, problems);
        Instant written = clock.instant();
        fetched.forEach(t -> latency.accept(Duration.between(t, written)));
        consumer.commitSync();
        lag.handled(role(), stories.size());
    }
}
