package dev.storyline.follow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock for tests that stands still until moved, so that a feed's next fetch can be made due at will. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    /** A clock at noon UTC on 1 December 2026, the tests' day. */
    public TestClock() {
        this(Instant.parse("2026-12-01T12:00:00Z"));
    }

    public TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

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
        return now.get();
    }
}
