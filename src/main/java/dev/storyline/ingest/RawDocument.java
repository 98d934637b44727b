package dev.storyline.ingest;

import java.util.Arrays;
import java.util.Objects;

/**
 * One document as it arrived from a source, before any interpretation: the bytes of a web page or of a
 * scraped text, where they came from, and whatever structured metadata the source itself supplied (a
 * feed item's title and date, a JSON record's fields). Immutable and safe to share across threads.
 *
 * @param source      where the document came from: an {@code http(s):} URL, a {@code file:} URI, or the
 *                    {@code id} of a JSON record that has no URL. Never blank; it identifies the article.
 * @param format      how {@link #content} is to be read
 * @param content     the raw bytes, undecoded (extraction sniffs the charset)
 * @param contentType the {@code Content-Type} the source declared, or {@code null}
 * @param hints       metadata supplied by the source; fields are {@code null} when unknown
 * @param origin      where it was read, for messages: the file (with the line of a JSON record) or the
 *                    feed or page URL the user named; the source when nothing more is known
 */
public record RawDocument(String source, Format format, byte[] content, String contentType, DocumentHints hints,
                          String origin) {

    /** How the bytes of a document are to be read. */
    public enum Format {
        /** A web page. */
        HTML,
        /** The text of a news page as copied or scraped from it, possibly with page furniture. */
        TEXT
    }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a document needs a non-blank source");
        }
        Objects.requireNonNull(format, "format");
        content = content == null ? new byte[0] : content;
        hints = hints == null ? DocumentHints.NONE : hints;
        origin = origin == null || origin.isBlank() ? source : origin;
    }

    /** A document whose origin is its source. */
    public RawDocument(String source, Format format, byte[] content, String contentType, DocumentHints hints) {
        this(source, format, content, contentType, hints, null);
    }

    /** This document, read at {@code where}. */
    public RawDocument readAt(String where) {
        return new RawDocument(source, format, content, contentType, hints, where);
    }

    /**
     * A problem with this document, named so that the user can find it: by its source and, when that is
     * not where it was read (a record id, an item link), by the file or feed as well.
     */
    public IngestProblem problem(String message) {
        return new IngestProblem(source, message, origin);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDocument r && source.equals(r.source) && format == r.format
                && Arrays.equals(content, r.content) && Objects.equals(contentType, r.contentType)
                && hints.equals(r.hints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, format, Arrays.hashCode(content), contentType, hints);
    }

    @Override
    public String toString() {
        return "RawDocument[" + source + ", " + format + ", " + content.length + " bytes]";
    }
}
