package dev.storyline;

import java.util.EnumMap;
import java.util.Map;

/**
 * Time spent in each stage of one pipeline run, for the {@code bench} command. Not thread-safe: one run
 * fills one instance.
 */
public final class StageTimes {

    /** The stages that are timed; reading is what remains of the wall time. */
    public enum Stage { EXTRACT, ANALYZE, CLUSTER, SYNTHESIZE }

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private int articles;

    void add(Stage stage, long startNanos) {
        nanos.merge(stage, System.nanoTime() - startNanos, Long::sum);
    }

    void countArticles(int n) {
        articles += n;
    }

    public long nanos(Stage stage) {
        return nanos.getOrDefault(stage, 0L);
    }

    public int articles() {
        return articles;
    }
}
