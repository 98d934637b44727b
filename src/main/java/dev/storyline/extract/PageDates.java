package dev.storyline.extract;

import dev.storyline.ingest.DateText;
import dev.storyline.ingest.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page says when it was published: its metadata (JSON-LD, {@code <meta>}, microdata,
 * {@code <time>}), its visible "Published:" and "Updated:" lines and dateline, and the day in its URL
 * ({@code /2013/03/11/}). A time the page writes without a zone is read in the publisher's zone when the
 * page makes that plain ({@link PublisherZones}). Stateless and thread-safe.
 */
final class PageDates {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "og:pubdate"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified",
            "last-modified", "dcterms.modified"};
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^\\W*(?:first\\s+)?(?:published|posted|pub(?:lished)?\\s+date|date)\\s*(?:on|at)?\\s*:?\\s*(.{6,80})$");
    private static final Pattern UPDATED_LINE = Pattern.compile(
            "(?i)^\\W*(?:last\\s+)?(?:updated|modified)\\s*(?:on|at)?\\s*:?\\s*(.{6,80})$");

    private PageDates() {
    }

    /** A date as one place of the page writes it. */
    private record Stated(String text, String source) {
    }

    /** Reads the page's dated metadata into the draft, in the zone the page's own offsets declare. */
    static void fromMetadata(Document doc, StructuredData ld, String base, Draft d) {
        List<Stated> published = stated(doc, ld.datePublished(), PUBLISHED_META, "datePublished");
        Element time = doc.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
        if (time != null) {
            published.add(new Stated(time.attr("datetime"), "time-element"));
        }
        List<Stated> modified = stated(doc, ld.dateModified(), MODIFIED_META, "dateModified");
        List<String> declared = new ArrayList<>();
        published.forEach(p -> declared.add(p.text()));
        modified.forEach(m -> declared.add(m.text()));
        d.publisherZone = PublisherZones.of(base, d.language != null ? d.language : languageOf(doc), declared,
                paragraphs(doc)).orElse(null);
        published.forEach(p -> d.setPublished(parse(p.text(), d), p.source()));
        modified.forEach(m -> d.setModified(parse(m.text(), d), m.source()));
    }

    /** A date as JSON-LD, the named {@code <meta>} tags and microdata's {@code itemprop} state it, in that order. */
    private static List<Stated> stated(Document doc, String structured, String[] metaNames, String itemprop) {
        List<Stated> out = new ArrayList<>();
        out.add(new Stated(structured, "json-ld"));
        for (String name : metaNames) {
            out.add(new Stated(meta(doc, name), "meta:" + name));
        }
        Element item = doc.selectFirst("[itemprop=" + itemprop + "]");
        if (item != null) {
            out.add(new Stated(firstNonBlank(item.attr("content"), item.attr("datetime"), item.text()), "microdata"));
        }
        return out;
    }

    /** "Published: ..." and "Updated: ..." lines near the top of the visible text, then a leading dateline. */
    static void fromVisibleLines(Document doc, Draft d) {
        String dateline = null;
        for (TextBlocks.Block b : TextBlocks.of(doc.body() == null ? doc : doc.body(), 400)) {
            String line = b.text();
            if (line.length() > 100) {
                continue;
            }
            Matcher p = PUBLISHED_LINE.matcher(line);
            if (p.matches() && d.setPublished(parse(p.group(1), d), "text:published-line") && d.modified != null) {
                return;
            }
            Matcher u = UPDATED_LINE.matcher(line);
            if (u.matches()) {
                d.setModified(parse(u.group(1), d), "text:updated-line");
            } else if (dateline == null && ScrapedText.isDateline(DateText.normalise(line))) {
                dateline = line;
            }
        }
        // A line that is nothing but a date ("14 June 2013") near the top is the publication date.
        if (dateline != null) {
            d.setPublished(parse(dateline, d), "text:dateline");
        }
    }

    /**
     * The date a visible line or the URL gives, made to agree with the URL: a URL's day is set when the
     * page is created, so a date read from the visible text that lies more than a day from it (a
     * dateline of something else, an update line) gives way to it, and an undated page takes it.
     * Metadata keeps its date: it is the publisher's own statement of the time.
     */
    static PublicationDate reconciled(PublicationDate found, String foundFrom, Optional<LocalDate> urlDay,
                                      Map<String, String> provenance) {
        if (urlDay.isEmpty()) {
            return found;
        }
        boolean fromText = foundFrom != null && (foundFrom.startsWith("text:") || foundFrom.startsWith("hint:title"));
        if (found == null || fromText && Math.abs(found.day().toEpochDay() - urlDay.get().toEpochDay()) > 1) {
            Optional<PublicationDate> day = PublicationDate.onDay(urlDay.get());
            if (day.isPresent()) {
                provenance.put("published", "url");
                return day.get();
            }
        }
        return found;
    }

    /** The page's first paragraphs of prose, where a dateline stands (menus and stamps are shorter). */
    private static List<String> paragraphs(Document doc) {
        List<String> out = new ArrayList<>();
        for (TextBlocks.Block b : TextBlocks.of(doc.body() == null ? doc : doc.body(), 400)) {
            if (b.text().length() >= PublisherZones.PARAGRAPH && b.linkDensity() < 0.5) {
                out.add(b.text());
            }
        }
        return out;
    }

    private static PublicationDate parse(String text, Draft d) {
        return text == null ? null : DateText.parse(text, d.publisherZone).orElse(null);
    }

    private static String languageOf(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : firstNonBlank(html.attr("lang"), html.attr("xml:lang"));
        return lang != null ? lang : meta(doc, "og:locale");
    }

    private static String meta(Document doc, String name) {
        return WebPage.meta(doc, name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
