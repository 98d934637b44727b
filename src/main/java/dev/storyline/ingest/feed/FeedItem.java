package dev.storyline.ingest.feed;

import dev.storyline.ingest.PublicationDate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of a feed, as the feed states it. Immutable.
 *
 * @param link      the item's permalink (resolved against the feed's location when relative), or {@code null}
 * @param guid      the feed's stable id for the item ({@code guid}, Atom {@code id}, JSON Feed {@code id}), or {@code null}
 * @param title     the item title, or {@code null}
 * @param published publication date, else the update date, or {@code null}
 * @param author    the author's name, or {@code null}
 * @param language  the item's language, else the feed's, or {@code null}
 * @param body      the fullest content the item carries (content:encoded, Atom content, content_html, ...,
 *                  else the description or summary), or {@code null} when it carries none
 * @param bodyIsHtml whether {@link #body} is HTML (else plain text)
 * @param categories the item's categories or tags as the feed names them (empty when none)
 */
public record FeedItem(String link, String guid, String title, PublicationDate published, String author, String language,
                       String body, boolean bodyIsHtml,
                       List<String> categories) {

    /** An item without categories. */
    public FeedItem(String link, String guid, String title, PublicationDate published, String author, String language,
                    String body, boolean bodyIsHtml) {
        this(link, guid, title, published, author, language, body, bodyIsHtml, List.of());
    }

    public FeedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Below this many visible characters a body is a teaser, not an article. */
    static final int SUMMARY_MAX_CHARS = 800;
    /** A longer body still counts as a teaser when it ends like one, up to this many characters. */
    static final int TRUNCATED_MAX_CHARS = 3000;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern TEASER_END = Pattern.compile(
            "(?is).*(\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.]|read more|continue reading|read the full (story|article)"
                    + "|more\\s*»|»)\\s*$");

    /** Where the item can be found: its link, else its guid. */
    public String source() {
        return link != null && !link.isBlank() ? link : guid;
    }

    /**
     * Whether the item carries only a teaser (or nothing) rather than the article: fewer than
     * {@value #SUMMARY_MAX_CHARS} visible characters, or a body that ends in an ellipsis or "read more".
     */
    public boolean isSummaryOnly() {
        if (body == null) {
            return true;
        }
        String visible = bodyIsHtml ? TAG.matcher(body).replaceAll(" ") : body;
        visible = visible.replace("&nbsp;", " ").replace("&hellip;", "…").replace("&#8230;", "…")
                .replaceAll("\\s+", " ").strip();
        if (visible.length() < SUMMARY_MAX_CHARS) {
            return true;
        }
        return visible.length() < TRUNCATED_MAX_CHARS && TEASER_END.matcher(visible).matches();
    }
}
