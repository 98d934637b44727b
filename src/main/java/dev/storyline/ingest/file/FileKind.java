package dev.storyline.ingest.file;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a local file holds, judged by its extension (case-insensitive; a trailing {@code .gz} is looked
 * through, so {@code page.html.gz} is HTML). Files whose extension says nothing are {@link #UNKNOWN}; the
 * ingestor then sniffs them for a feed before reporting them.
 */
public enum FileKind {
    /** {@code .html}, {@code .htm}, {@code .xhtml}: a saved web page. */
    HTML,
    /** {@code .txt}: the text of a news page as copied or scraped. */
    TEXT,
    /** {@code .json}: one article object, an array of them, or a JSON Feed. */
    JSON,
    /** {@code .jsonl}, {@code .ndjson}: one article object per line. */
    JSON_LINES,
    /** {@code .xml}, {@code .rss}, {@code .atom}, {@code .rdf}, {@code .feed}: an RSS or Atom feed. */
    FEED,
    /** {@code .opml}: a list of feeds. */
    OPML,
    /** Anything else. */
    UNKNOWN;

    /** The extensions understood, for messages. */
    public static final String KNOWN_EXTENSIONS =
            ".html, .htm, .xhtml, .txt, .json, .jsonl, .ndjson, .xml, .rss, .atom, .rdf, .feed, .opml, each optionally .gz";

    public static FileKind of(Path path) {
        return switch (extension(path)) {
            case "html", "htm", "xhtml" -> HTML;
            case "txt" -> TEXT;
            case "json" -> JSON;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "xml", "rss", "atom", "rdf", "feed" -> FEED;
            case "opml" -> OPML;
            default -> UNKNOWN;
        };
    }

    /** The lower-case extension without the dot (looking through {@code .gz}), or {@code ""}. */
    public static String extension(Path path) {
        String s = FileContent.innerName(path);
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
