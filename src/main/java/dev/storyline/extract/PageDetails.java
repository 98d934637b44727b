package dev.storyline.extract;

import dev.storyline.ingest.PublicationDate;

import java.util.List;

/**
 * Metadata that extraction finds beyond what {@link Article} carries: all the authors, the time of the last
 * update, the canonical link and the lead image with its caption. Fields are {@code null} (or empty) when
 * the page does not give them. Immutable.
 *
 * @param authors      every byline name, in page order
 * @param modified     when it was last updated
 * @param canonicalUrl the page's canonical http(s) URL
 * @param image        URL of the lead image
 * @param imageCaption caption of the lead image
 */
public record PageDetails(List<String> authors, PublicationDate modified, String canonicalUrl, String image,
                          String imageCaption) {

    /** Nothing known. */
    public static final PageDetails NONE = new PageDetails(List.of(), null, null, null, null);

    public PageDetails {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
