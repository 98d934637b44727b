package dev.storyline.ingest.fetch;

import java.time.Duration;

/** Fetch settings for tests: short timeouts, no politeness wait unless a test asks for one. */
public final class TestSettings {

    private TestSettings() {
    }

    public static FetchSettings strict() {
        return new FetchSettings("Storyline/0.1 (+https://github.com/storyline)", false, Duration.ZERO,
                Duration.ofSeconds(2), Duration.ofSeconds(3), 1024 * 1024);
    }

    public static FetchSettings open() {
        return new FetchSettings("Storyline/0.1 (+https://github.com/storyline)", true, Duration.ZERO,
                Duration.ofSeconds(2), Duration.ofSeconds(3), 1024 * 1024);
    }
}
