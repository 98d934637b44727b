package dev.storyline.ingest;

import java.util.List;


/**
 * Metadata that a source states about a document outside its body: a feed item's title, date and
 * author, or the fields of a JSON article record. Extraction prefers these over what it finds in the
 * page. Every field may be {@code null}.
 *
 * @param title     headline as the source gives it
 * @param published publication date, as the source states it
 * @param publisher name of the publication (site or feed title)
 * @param author    byline
 * @param language  language tag such as {@code en}
 * @param guid      the feed's stable item id, used to drop exact duplicates
 * @param keywords  the feed item's categories (never {@code null}; empty when it names none)
 */
public record DocumentHints(String title, PublicationDate published, String publisher, String author, String language,
                            String guid, List<String> keywords) {

    /** No metadata at all. */
    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);

    public DocumentHints {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Metadata without keywords. */
    public DocumentHints(String title, PublicationDate published, String publisher, String author, String language,
                         String guid) {
        this(title, published, publisher, author, language, guid, List.of());
    }
}
