package dev.storyline.extract;

import dev.storyline.ingest.PublicationDate;

import java.util.List;
import java.util.Map;

/**
 * A news article as extraction leaves it: its clean body text and its metadata. The body holds the
 * report and nothing else (no navigation, captions, share lines or related links); paragraphs are
 * separated by a blank line. Immutable.
 *
 * @param id         stable identity: the source URL, the {@code file:} URI, or the record id
 * @param url        link to show the reader (canonical URL when the page names one), never {@code null}
 * @param title      headline, without the site name; may be empty but never {@code null}
 * @param text       body text, paragraphs separated by {@code "\n\n"}
 * @param publisher  name of the publication, or {@code null}
 * @param author     byline, or {@code null}
 * @param published  when it was published (an instant or a day, stated or inferred from its story), or
 *                   {@code null} when nothing dates it
 * @param language   language tag, or {@code null}
 * @param provenance for each metadata field name ({@code title}, {@code published}, ...), where its value
 *                   came from (for example {@code json-ld}, {@code og:title}, {@code text:published-line})
 * @param keywords   how the publisher labelled it: the feed item's categories, the page's section and
 *                   keywords ({@code article:section}, {@code news_keywords}, {@code keywords}), in that order
 */
public record Article(String id, String url, String title, String text, String publisher, String author,
                      PublicationDate published, String language, Map<String, String> provenance, List<String> keywords) {

    /** An article its publisher did not label. */
    public Article(String id, String url, String title, String text, String publisher, String author,
                   PublicationDate published, String language, Map<String, String> provenance) {
        this(id, url, title, text, publisher, author, published, language, provenance, List.of());
    }

    public Article {
        // articles stored before keywords were kept read back with none
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        url = url == null ? id : url;
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** The same article with another publication date. */
    public Article withPublished(PublicationDate date) {
        return new Article(id, url, title, text, publisher, author, date, language, provenance, keywords);
    }
}
