package dev.storyline.follow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** How the next fetch of a feed is chosen: its pace, the bounds, the server's hints, backoff, jitter. */
class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final PollPolicy POLICY = new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofDays(1), 0.1);
    private final PollSchedule schedule = new PollSchedule(POLICY, new Random(7));
    private final FetchState fresh = FetchState.fresh(NOW, POLICY.initialInterval());

    private static List<Instant> every(Duration gap, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> NOW.minus(gap.multipliedBy(i))).toList();
    }

    @Test
    void aFeedIsPolledAtThePaceItPublishesWithinTheBounds() {
        assertThat(schedule.afterFeed(fresh, NOW, every(Duration.ofHours(2), 10), true, Duration.ZERO).interval())
                .isEqualTo(Duration.ofHours(2));
        assertThat(schedule.afterFeed(fresh, NOW, every(Duration.ofSeconds(30), 10), true, Duration.ZERO).interval())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.afterFeed(fresh, NOW, every(Duration.ofDays(3), 10), true, Duration.ZERO).interval())
                .isEqualTo(Duration.ofHours(6));
    }

    @Test
    void eachWaitIsSpreadByTheJitterAroundTheInterval() {
        FetchState next = schedule.afterFeed(fresh, NOW, every(Duration.ofHours(2), 10), true, Duration.ZERO);
        Duration wait = Duration.between(NOW, next.nextFetch());
        assertThat(wait).isBetween(Duration.ofMinutes(108), Duration.ofMinutes(132)).isNotEqualTo(Duration.ofHours(2));
    }

    @Test
    void aQuietFeedSlowsDownAndTheServersMaxAgeOrTtlIsAFloor() {
        FetchState quiet = schedule.afterNotModified(fresh, NOW, Duration.ZERO);
        assertThat(quiet.interval()).isGreaterThan(fresh.interval());
        FetchState cached = schedule.afterNotModified(fresh, NOW, Duration.ofHours(3));
        assertThat(cached.nextFetch()).isAfterOrEqualTo(NOW.plus(Duration.ofHours(3)));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheLimitAndKeepTheInterval() {
        FetchState one = schedule.afterFailure(fresh, NOW, "down", null);
        FetchState two = schedule.afterFailure(one, NOW, "down", null);
        FetchState many = fresh;
        for (int i = 0; i < 40; i++) {
            many = schedule.afterFailure(many, NOW, "down", null);
        }
        assertThat(Duration.between(NOW, two.nextFetch())).isGreaterThan(Duration.between(NOW, one.nextFetch()));
        assertThat(Duration.between(NOW, many.nextFetch())).isLessThanOrEqualTo(Duration.ofDays(1).plusHours(3));
        assertThat(many.failures()).isEqualTo(40);
        assertThat(many.interval()).isEqualTo(fresh.interval());
        assertThat(schedule.afterFeed(many, NOW, List.of(), true, Duration.ZERO).failures()).isZero();
    }

    @Test
    void retryAfterIsHonouredAndNeverAnsweredEarly() {
        FetchState next = schedule.afterFailure(fresh, NOW, "busy", Duration.ofHours(2));
        assertThat(next.nextFetch()).isAfterOrEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(ServerHints.retryAfter("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(ServerHints.retryAfter("Tue, 01 Dec 2026 13:00:00 GMT", NOW)).contains(Duration.ofHours(1));
        assertThat(ServerHints.retryAfter("soon", NOW)).isEmpty();
        assertThat(ServerHints.maxAge("public, max-age=600")).contains(Duration.ofMinutes(10));
        assertThat(ServerHints.ttl(FeedFixtures.bytes("<rss><channel><ttl>90</ttl><item><ttl>5</ttl></item></channel></rss>")))
                .contains(Duration.ofMinutes(90));
    }
}
