package dev.storyline.ingest.fetch;

import java.io.IOException;
import java.net.URI;

/**
 * A URL that could not be fetched, with the reason in words a user understands and as a {@link Reason}
 * a program can act on.
 */
public final class FetchException extends IOException {

    /** Why a fetch failed. */
    public enum Reason {
        /** Not an absolute http(s) URL. */
        BAD_URL,
        /** The host resolves to an address the settings forbid (SSRF protection). */
        BLOCKED_ADDRESS,
        /** The site's robots.txt does not allow this path for us. */
        ROBOTS,
        /** The server answered with a status other than 2xx. */
        HTTP_STATUS,
        /** More redirects than allowed, or a redirect without a usable {@code Location}. */
        REDIRECT,
        /** The body exceeds the size cap. */
        TOO_LARGE,
        /** Connecting or reading took too long. */
        TIMEOUT,
        /** DNS failure, refused connection, reset, or a body that cannot be decoded. */
        NETWORK
    }

    private final Reason reason;
    private final URI uri;

    public FetchException(Reason reason, URI uri, String message) {
        this(reason, uri, message, null);
    }

    public FetchException(Reason reason, URI uri, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.uri = uri;
    }

    public Reason reason() {
        return reason;
    }

    /** The URL that failed: the one asked for, or the redirect hop where it went wrong. */
    public URI uri() {
        return uri;
    }
}
