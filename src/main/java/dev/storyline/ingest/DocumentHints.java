package dev.storyline.ingest;


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
 */
public record DocumentHints(String title, PublicationDate published, String publisher, String author, String language,
                            String guid) {

    /** No metadata at all. */
    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);
}
