package dev.storyline.extract;

import dev.storyline.ingest.PublicationDate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article while extraction is still filling it in: each field is set once, by the first source that
 * gives it, and remembers that source. Confined to one extraction call; not thread-safe.
 */
final class Draft {
    String title;
    String text = "";
    String publisher;
    final List<String> authors = new ArrayList<>();
    /** The page's own section and keywords, most specific first. */
    final List<String> keywords = new ArrayList<>();
    PublicationDate published;
    PublicationDate modified;
    /** The zone the publisher writes its times in when the page makes it plain, else {@code null}. */
    ZoneId publisherZone;
    String language;
    String canonicalUrl;
    String image;
    String imageCaption;
    final Map<String, String> provenance = new LinkedHashMap<>();
    /** Set when the source's title hint turned out to be a dateline, not a headline. */
    boolean titleHintIsDateline;

    boolean setTitle(String value, String source) {
        if (title == null && notBlank(value)) {
            title = clean(value);
            provenance.put("title", source);
            return true;
        }
        return false;
    }

    boolean setPublisher(String value, String source) {
        if (publisher == null && notBlank(value)) {
            publisher = clean(value);
            provenance.put("publisher", source);
            return true;
        }
        return false;
    }

    boolean setAuthors(List<String> names, String source) {
        if (!authors.isEmpty() || names == null) {
            return false;
        }
        for (String n : names) {
            if (notBlank(n) && !authors.contains(clean(n))) {
                authors.add(clean(n));
            }
        }
        if (!authors.isEmpty()) {
            provenance.put("author", source);
            return true;
        }
        return false;
    }

    boolean setPublished(PublicationDate value, String source) {
        if (published == null && value != null) {
            published = value;
            provenance.put("published", source);
            return true;
        }
        return false;
    }

    boolean setModified(PublicationDate value, String source) {
        if (modified == null && value != null) {
            modified = value;
            provenance.put("modified", source);
            return true;
        }
        return false;
    }

    boolean setLanguage(String value, String source) {
        if (language == null && notBlank(value)) {
            language = value.strip().replace('_', '-');
            provenance.put("language", source);
            return true;
        }
        return false;
    }

    boolean setCanonicalUrl(String value, String source) {
        if (canonicalUrl == null && notBlank(value) && value.strip().matches("(?i)https?://\\S+")) {
            canonicalUrl = value.strip();
            provenance.put("url", source);
            return true;
        }
        return false;
    }

    boolean setImage(String value, String source) {
        if (image == null && notBlank(value)) {
            image = value.strip();
            provenance.put("image", source);
            return true;
        }
        return false;
    }

    boolean setImageCaption(String value, String source) {
        if (imageCaption == null && notBlank(value)) {
            imageCaption = clean(value);
            provenance.put("imageCaption", source);
            return true;
        }
        return false;
    }

    void setText(String value, String source) {
        text = value == null ? "" : value;
        provenance.put("text", source);
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Collapses white space and resolves HTML entities, also doubly escaped ones ("zerst&amp;ouml;ren"). */
    static String clean(String s) {
        return unescape(s).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{2,6}|#[xX][0-9a-fA-F]{2,5});");

    /**
     * Text with its HTML entities resolved, as a reader would see it. Metadata is often escaped twice
     * ({@code &amp;ouml;}), so a second pass runs when the first leaves an entity behind.
     */
    static String unescape(String s) {
        String out = s;
        for (int pass = 0; pass < 2 && out.indexOf('&') >= 0 && ENTITY.matcher(out).find(); pass++) {
            out = org.jsoup.parser.Parser.unescapeEntities(out, false);
        }
        return out;
    }
}
