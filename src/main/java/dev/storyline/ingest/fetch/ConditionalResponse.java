package dev.storyline.ingest.fetch;

import java.net.URI;

/**
 * What a conditional fetch of a feed got back: any HTTP status, with the headers a poller schedules by.
 * The body is present (decoded) only for a 2xx answer. Treat the array as read-only.
 *
 * @param requested        the URL that was asked for
 * @param location         where the answer finally came from, after redirects
 * @param movedPermanently whether every redirect on the way was permanent (301 or 308), so that the
 *                         subscription should move to {@code location}; {@code false} without redirects
 * @param status           the HTTP status of the last hop
 * @param contentType      the declared {@code Content-Type}, or {@code null}
 * @param body             the decoded body of a 2xx answer, else empty
 * @param etag             the {@code ETag} header, or {@code null}
 * @param lastModified     the {@code Last-Modified} header, or {@code null}
 * @param cacheControl     the {@code Cache-Control} header, or {@code null}
 * @param retryAfter       the {@code Retry-After} header, or {@code null}
 */
public record ConditionalResponse(URI requested, URI location, boolean movedPermanently, int status,
                                  String contentType, byte[] body, String etag, String lastModified,
                                  String cacheControl, String retryAfter) {

    public boolean isNotModified() {
        return status == 304;
    }

    public boolean isSuccess() {
        return status / 100 == 2;
    }

    /** The media type without parameters, lower case; empty when none was declared. */
    public String mediaType() {
        return new FetchedResource(requested, location, status, contentType, body).mediaType();
    }

    @Override
    public String toString() {
        return "ConditionalResponse[" + location + ", " + status + ", " + body.length + " bytes]"
                + (movedPermanently ? " (moved from " + requested + ")" : "");
    }
}
