package dev.storyline.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the {@code Content-Encoding} of a response body (gzip, deflate), with the same size cap on the
 * decoded bytes as on the wire so that a small compressed bomb cannot fill memory.
 */
final class ContentDecoding {

    private ContentDecoding() {
    }

    /**
     * @return the decoded body
     * @throws BoundedBody.TooLarge when the decoded body passes the cap
     * @throws IOException          when the encoding is unknown or the data is corrupt
     */
    static byte[] decode(byte[] body, String contentEncoding, long cap) throws IOException {
        if (contentEncoding == null || body.length == 0) {
            return body;
        }
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), cap);
            case "deflate" -> inflate(body, cap);
            default -> throw new IOException("unsupported content encoding '" + contentEncoding + "'");
        };
    }

    private static byte[] inflate(byte[] body, long cap) throws IOException {
        // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: try both.
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)), cap);
        } catch (java.util.zip.ZipException e) {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), cap);
        }
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                if (out.size() + (long) n > cap) {
                    throw new BoundedBody.TooLarge(cap);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
