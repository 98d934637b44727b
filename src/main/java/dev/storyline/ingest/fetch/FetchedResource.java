package dev.storyline.ingest.fetch;

import java.net.URI;
import java.util.Locale;

/**
 * A successful (2xx) response, body already decompressed. Treat the array as read-only.
 *
 * @param requested   the URL that was asked for
 * @param location    where the body finally came from, after redirects
 * @param status      the HTTP status
 * @param contentType the declared {@code Content-Type}, or {@code null}
 * @param body        the decoded body bytes (never more than the size cap)
 */
public record FetchedResource(URI requested, URI location, int status, String contentType, byte[] body) {

    /** The media type without parameters, lower case; empty when none was declared. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "FetchedResource[" + location + ", " + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
