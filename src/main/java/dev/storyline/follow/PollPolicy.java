package dev.storyline.follow;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds within which each feed's polling interval adapts. Immutable.
 *
 * @param minInterval  the shortest interval, however busy a feed is
 * @param maxInterval  the longest interval of a feed that works, however quiet it is
 * @param maxBackoff   the longest wait after failures, and the most a server's {@code Retry-After},
 *                     {@code ttl} or {@code max-age} is honoured for
 * @param jitter       the fraction by which each wait is spread at random (0.1 is ±10 %), so that feeds
 *                     added together do not stay in lockstep
 */
public record PollPolicy(Duration minInterval, Duration maxInterval, Duration maxBackoff, double jitter) {

    public PollPolicy {
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (minInterval.isNegative() || minInterval.isZero() || maxInterval.compareTo(minInterval) < 0
                || maxBackoff.compareTo(maxInterval) < 0) {
            throw new IllegalArgumentException("need 0 < minInterval <= maxInterval <= maxBackoff, was "
                    + minInterval + ", " + maxInterval + ", " + maxBackoff);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
    }

    /** Between 5 minutes and 6 hours, backing off up to a day, ±10 % jitter. */
    public static PollPolicy defaults() {
        return new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofDays(1), 0.1);
    }

    /** The interval a new feed starts with: polled often at first, until its pace is known. */
    public Duration initialInterval() {
        Duration thirtyMinutes = Duration.ofMinutes(30);
        return thirtyMinutes.compareTo(minInterval) < 0 ? minInterval
                : thirtyMinutes.compareTo(maxInterval) > 0 ? maxInterval : thirtyMinutes;
    }
}
