package dev.storyline.follow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to fetch a feed next. A feed that works is polled at about the pace it publishes (the median gap
 * between its latest items), slowing down while it answers "not modified", always within the policy's
 * bounds and never sooner than the server's {@code max-age} or the feed's {@code ttl} ask. A failing feed
 * backs off exponentially from the shortest interval up to the longest backoff, and a
 * {@code Retry-After} is honoured. Every wait is spread by the policy's jitter. Thread-safe when the
 * random generator is.
 */
final class PollSchedule {

    /** Latest items whose publication gaps set the pace. */
    private static final int PACE_ITEMS = 20;
    /** How much longer the interval grows each time a feed answers that nothing changed. */
    private static final double QUIET_GROWTH = 1.25;

    private final PollPolicy policy;
    private final RandomGenerator random;

    PollSchedule(PollPolicy policy, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy);
        this.random = Objects.requireNonNull(random);
    }

    PollPolicy policy() {
        return policy;
    }

    /**
     * After a feed came back.
     *
     * @param published the publication times of its items (any order, unknown ones left out)
     * @param newItems  whether any item was new
     * @param floor     the least wait the server or feed asked for, or {@code Duration.ZERO}
     */
    FetchState afterFeed(FetchState before, Instant now, List<Instant> published, boolean newItems, Duration floor) {
        Duration pace = medianGap(published);
        Duration base = pace != null ? pace
                : newItems ? before.interval() : scale(before.interval(), QUIET_GROWTH);
        Duration interval = bounded(base);
        return success(before, now, interval, floor, FetchState.Outcome.FETCHED);
    }

    /** After a 304: nothing changed, so the feed is quiet for now. */
    FetchState afterNotModified(FetchState before, Instant now, Duration floor) {
        return success(before, now, bounded(scale(before.interval(), QUIET_GROWTH)), floor, FetchState.Outcome.NOT_MODIFIED);
    }

    /** After a failure, said in plain words; {@code retryAfter} is the server's, or {@code null}. */
    FetchState afterFailure(FetchState before, Instant now, String error, Duration retryAfter) {
        int failures = before.failures() + 1;
        Duration backoff = scale(policy.minInterval(), Math.pow(2, Math.min(failures, 30)));
        backoff = min(backoff, policy.maxBackoff());
        Duration wait = jittered(backoff);
        if (retryAfter != null) {
            Duration asked = min(retryAfter, policy.maxBackoff());
            wait = wait.compareTo(asked) < 0 ? asked.plus(upwardJitter(asked)) : wait;
        }
        return new FetchState(before.etag(), before.lastModified(), now, now.plus(wait), before.interval(), failures,
                FetchState.Outcome.FAILED.name(), error);
    }

    private FetchState success(FetchState before, Instant now, Duration interval, Duration floor, FetchState.Outcome outcome) {
        Duration wait = jittered(interval);
        Duration asked = min(floor, policy.maxBackoff());
        if (wait.compareTo(asked) < 0) {
            wait = asked.plus(upwardJitter(asked));
        }
        return new FetchState(before.etag(), before.lastModified(), now, now.plus(wait), interval, 0, outcome.name(), null);
    }

    /** The median gap between consecutive publication times among the latest items, or {@code null} with fewer than 3. */
    static Duration medianGap(List<Instant> published) {
        List<Instant> latest = new ArrayList<>(published.stream().filter(Objects::nonNull).distinct()
                .sorted(Comparator.reverseOrder()).limit(PACE_ITEMS).toList());
        if (latest.size() < 3) {
            return null;
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < latest.size(); i++) {
            gaps.add(Duration.between(latest.get(i), latest.get(i - 1)));
        }
        gaps.sort(Comparator.naturalOrder());
        return gaps.get(gaps.size() / 2);
    }

    private Duration bounded(Duration d) {
        return d.compareTo(policy.minInterval()) < 0 ? policy.minInterval()
                : d.compareTo(policy.maxInterval()) > 0 ? policy.maxInterval() : d;
    }

    private Duration jittered(Duration d) {
        double factor = 1 + policy.jitter() * (2 * random.nextDouble() - 1);
        return scale(d, factor);
    }

    private Duration upwardJitter(Duration d) {
        return scale(d, policy.jitter() * random.nextDouble());
    }

    private static Duration scale(Duration d, double factor) {
        double millis = d.toMillis() * factor;
        return Duration.ofMillis(millis >= Long.MAX_VALUE / 2.0 ? Long.MAX_VALUE / 2 : (long) millis);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
