package dev.storyline.follow;

import java.time.Duration;
import java.time.Instant;

/**
 * How polling one feed stands: the validators of the last response the pipeline took in (sent back as
 * {@code If-None-Match} and {@code If-Modified-Since}), when it was last fetched and is due next, the
 * interval the schedule has settled on, the run of failures, and the last outcome in plain words.
 * Immutable.
 *
 * @param etag         validator of the last processed response, or {@code null}
 * @param lastModified the other validator, or {@code null}
 * @param lastFetch    when it was last fetched, or {@code null} if never
 * @param nextFetch    when it is due
 * @param interval     the current polling interval, before backoff and jitter
 * @param failures     consecutive failed fetches (0 after a success)
 * @param lastOutcome  what the last fetch did ({@link Outcome#name()}), or {@code null} if never fetched
 * @param lastError    the last failure in a reader's words, or {@code null} when the last fetch went well
 */
public record FetchState(String etag, String lastModified, Instant lastFetch, Instant nextFetch, Duration interval,
                         int failures, String lastOutcome, String lastError) {

    /** What one fetch of a feed came to. */
    public enum Outcome {
        /** A feed came back, with or without new items. */
        FETCHED,
        /** The server said nothing changed (304). */
        NOT_MODIFIED,
        /** The fetch or the feed failed; the error says how. */
        FAILED
    }

    /** A feed never fetched, due at once. */
    public static FetchState fresh(Instant now, Duration interval) {
        return new FetchState(null, null, null, now, interval, 0, null, null);
    }
}
