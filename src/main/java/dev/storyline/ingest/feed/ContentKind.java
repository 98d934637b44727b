package dev.storyline.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document is, told from its first bytes and, when known, its declared media type: a feed (RSS,
 * Atom, JSON Feed), an OPML list of feeds, an HTML page, or something else. Sniffing looks only at the
 * first few kilobytes.
 */
public enum ContentKind {
    /** RSS 0.9x or 2.0 ({@code <rss>}). */
    RSS,
    /** RSS 1.0 ({@code <rdf:RDF>}). */
    RSS_RDF,
    /** Atom ({@code <feed>}). */
    ATOM,
    /** JSON Feed ({@code "version": "https://jsonfeed.org/version/..."}). */
    JSON_FEED,
    /** An OPML outline, usually a list of feed subscriptions. */
    OPML,
    /** A web page. */
    HTML,
    /** None of the above. */
    OTHER;

    private static final int HEAD_BYTES = 8192;
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
    private static final Pattern JSON_FEED_VERSION =
            Pattern.compile("\"version\"\\s*:\\s*\"https?://jsonfeed\\.org/version/", Pattern.CASE_INSENSITIVE);

    /** Whether items can be read from a document of this kind with {@link FeedParser}. */
    public boolean isFeed() {
        return this == RSS || this == RSS_RDF || this == ATOM || this == JSON_FEED;
    }

    /** Sniffs a document by its content alone. */
    public static ContentKind sniff(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HEAD_BYTES), StandardCharsets.UTF_8)
                .replace("\0", ""); // UTF-16 text read as UTF-8 leaves its ASCII readable once NULs go
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1).stripLeading();
        }
        if (trimmed.startsWith("{")) {
            return JSON_FEED_VERSION.matcher(trimmed).find() ? JSON_FEED : OTHER;
        }
        String root = rootElement(trimmed);
        if (root == null) {
            return OTHER;
        }
        return switch (root.toLowerCase(Locale.ROOT)) {
            case "rss" -> RSS;
            case "rdf:rdf" -> RSS_RDF;
            case "feed" -> ATOM;
            case "opml" -> OPML;
            case "html" -> HTML;
            default -> root.toLowerCase(Locale.ROOT).endsWith(":rdf") ? RSS_RDF : OTHER;
        };
    }

    /**
     * Decides by declared media type where it is specific, else by sniffing (servers often label feeds
     * {@code text/xml} or even {@code text/html}).
     */
    public static ContentKind of(String mediaType, byte[] content) {
        ContentKind sniffed = sniff(content);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (sniffed != OTHER && sniffed != HTML) {
            return sniffed;
        }
        return switch (type) {
            case "application/rss+xml" -> RSS;
            case "application/rdf+xml" -> RSS_RDF;
            case "application/atom+xml" -> ATOM;
            case "application/feed+json" -> JSON_FEED;
            case "text/x-opml", "application/x-opml+xml", "text/x-opml+xml" -> OPML;
            case "text/html", "application/xhtml+xml" -> HTML;
            default -> sniffed;
        };
    }

    /** The name of the first element, skipping the XML declaration, comments, DOCTYPE and processing instructions. */
    private static String rootElement(String head) {
        int i = 0;
        while (i < head.length()) {
            int lt = head.indexOf('<', i);
            if (lt < 0) {
                return null;
            }
            if (head.startsWith("<?", lt)) {
                int end = head.indexOf("?>", lt);
                i = end < 0 ? head.length() : end + 2;
            } else if (head.startsWith("<!--", lt)) {
                int end = head.indexOf("-->", lt);
                i = end < 0 ? head.length() : end + 3;
            } else if (head.startsWith("<!", lt)) {
                if (head.regionMatches(true, lt, "<!doctype html", 0, 14)) {
                    return "html";
                }
                int end = head.indexOf('>', lt);
                i = end < 0 ? head.length() : end + 1;
            } else {
                Matcher m = ROOT.matcher(head);
                return m.find(lt) && m.start() == lt ? m.group(1) : null;
            }
        }
        return null;
    }
}
