package dev.storyline.ingest;

import dev.storyline.ingest.fetch.FetchSettings;

import java.time.Duration;

/**
 * How the {@link Ingestor} reads its inputs. Immutable; the {@code with...} methods give changed copies.
 *
 * @param allowPrivateNetworks fetch from loopback, private and link-local addresses too (off by default:
 *                             a URL in a feed must not reach into the machine's own network)
 * @param politenessDelay      the least time between two requests to one host
 * @param connectTimeout       how long to wait for a connection
 * @param readTimeout          how long one response may take
 * @param maxBytes             the largest page, feed or response body read (after decompression); larger ones
 *                             are reported and skipped. JSON and JSON Lines collections are streamed, whatever
 *                             their size, and the cap applies to each record (each line) in them
 * @param fetchLinkedPages     when a feed item carries only a summary, fetch the page it links to
 * @param userAgent            the {@code User-Agent} header, whose first word is the robots.txt product token
 */
public record IngestOptions(boolean allowPrivateNetworks, Duration politenessDelay, Duration connectTimeout,
                            Duration readTimeout, long maxBytes, boolean fetchLinkedPages, String userAgent) {

    /** The default {@code User-Agent}. */
    public static final String USER_AGENT = "Storyline/0.1 (+https://github.com/storyline)";

    public IngestOptions {
        fetchSettings(userAgent, allowPrivateNetworks, politenessDelay, connectTimeout, readTimeout, maxBytes);
    }

    /** Private networks refused, 1 s between requests to a host, 10 s to connect, 30 s to read, 10 MB, linked pages fetched. */
    public static IngestOptions defaults() {
        return new IngestOptions(false, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30),
                10L * 1024 * 1024, true, USER_AGENT);
    }

    public IngestOptions withAllowPrivateNetworks(boolean allow) {
        return new IngestOptions(allow, politenessDelay, connectTimeout, readTimeout, maxBytes, fetchLinkedPages, userAgent);
    }

    public IngestOptions withPolitenessDelay(Duration delay) {
        return new IngestOptions(allowPrivateNetworks, delay, connectTimeout, readTimeout, maxBytes, fetchLinkedPages, userAgent);
    }

    public IngestOptions withTimeouts(Duration connect, Duration read) {
        return new IngestOptions(allowPrivateNetworks, politenessDelay, connect, read, maxBytes, fetchLinkedPages, userAgent);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(allowPrivateNetworks, politenessDelay, connectTimeout, readTimeout, bytes, fetchLinkedPages, userAgent);
    }

    public IngestOptions withFetchLinkedPages(boolean fetch) {
        return new IngestOptions(allowPrivateNetworks, politenessDelay, connectTimeout, readTimeout, maxBytes, fetch, userAgent);
    }

    /** The network part of these options, for the fetcher. */
    public FetchSettings fetchSettings() {
        return fetchSettings(userAgent, allowPrivateNetworks, politenessDelay, connectTimeout, readTimeout, maxBytes);
    }

    private static FetchSettings fetchSettings(String userAgent, boolean allowPrivateNetworks, Duration politenessDelay,
                                               Duration connectTimeout, Duration readTimeout, long maxBytes) {
        return new FetchSettings(userAgent, allowPrivateNetworks, politenessDelay, connectTimeout, readTimeout, maxBytes);
    }
}
