package dev.storyline.extract;

import dev.storyline.ingest.DateText;
import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.ingest.RawDocument;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Turns a {@link RawDocument} (a web page or a scraped text) into an {@link Article}: the body of the
 * report and nothing else, paragraphs separated by a blank line, with its title, publisher, byline,
 * publication time, language and canonical link. Metadata that the source supplied in
 * {@link RawDocument#hints()} wins over what the page says (provenance {@code hint}); every other field
 * names where it came from in {@link Article#provenance()}.
 *
 * <p>Instances hold no state and are safe to share across threads.
 */
public final class ArticleExtractor {

    private static final Pattern INLINE_MARKUP = Pattern.compile("(?i)<(?:p|br|div|li|h[1-6])\\b[^>]*>|</p>");

    /** Creates an extractor. */
    public ArticleExtractor() {
    }

    /**
     * Extracts the article of one document.
     *
     * @throws ExtractionException when no article text can honestly be given; the message says why
     */
    public Article extract(RawDocument doc) throws ExtractionException {
        return extractWithDetails(doc).article();
    }

    /**
     * Extracts the article of one document with the metadata that {@link Article} has no field for
     * (all authors, update time, lead image).
     *
     * @throws ExtractionException when no article text can honestly be given; the message says why
     */
    public Extraction extractWithDetails(RawDocument doc) throws ExtractionException {
        try {
            boolean html = doc.format() == RawDocument.Format.HTML;
            DecodedText decoded = DecodedText.decode(doc.content(), doc.contentType(), true);
            if (!html && looksLikeHtml(decoded.text())) {
                html = true;
            }
            Draft d = html ? WebPage.read(decoded.text(), doc.source()) : fromText(decoded.text(), doc);
            return finish(d, doc);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // No page may stop a run: whatever this one does to the reader is reported as this page's failure.
            throw new ExtractionException("the page could not be read (" + e + ")", e);
        }
    }

    private static Draft fromText(String raw, RawDocument doc) throws ExtractionException {
        DocumentHints hints = doc.hints();
        String text = plainLines(raw);
        Draft d = new Draft();
        d.publisherZone = PublisherZones.of(doc.source(), hints.language(), List.of(), List.of(text.split("\n"))).orElse(null);
        String titleHint = hints.title();
        // Some sources put a dateline where the title belongs ("May 2, 2013, 1:12 PM").
        if (titleHint != null && ScrapedText.isDateline(DateText.normalise(titleHint))) {
            d.setPublished(DateText.parse(titleHint, d.publisherZone).orElse(null), "hint:title-dateline");
            d.titleHintIsDateline = true;
            titleHint = null;
        }
        ScrapedText.Result r = ScrapedText.read(text, titleHint, hints.publisher(), d.publisherZone);
        if (r.text().isBlank()) {
            throw new ExtractionException("no article text found");
        }
        d.setText(r.text(), "text:cleaned");
        if (titleHint == null) {
            d.setTitle(r.title(), r.provenance().getOrDefault("title", "text:first-line"));
        }
        if (r.author() != null) {
            d.setAuthors(Bylines.names(r.author(), hints.publisher()), r.provenance().get("author"));
        }
        d.setPublished(r.published(), r.provenance().get("published"));
        if (r.siteName() != null) {
            d.setPublisher(r.siteName(), "text:site-line");
        }
        if (doc.source().matches("(?i)https?://.*")) {
            WebPage.host(doc.source()).ifPresent(h -> {
                d.setPublisher(Publishers.known(h), "domain:known");
                d.setPublisher(Publishers.fromHost(h), "domain");
            });
        }
        d.setLanguage(LanguageGuess.of(r.text()), "detected");
        return d;
    }

    private static Extraction finish(Draft d, RawDocument doc) {
        DocumentHints h = doc.hints();
        Map<String, String> provenance = new LinkedHashMap<>(d.provenance);
        String title = pick(d.titleHintIsDateline ? null : h.title(), d.title, "title", provenance);
        // The page's own name for itself beats a feed's title, which often carries a section ("NYT > World").
        boolean declared = d.publisher != null && Set.of("json-ld", "og:site_name").contains(d.provenance.get("publisher"));
        String publisher = pick(declared ? null : Publishers.fromFeedTitle(h.publisher(),
                WebPage.host(doc.source()).orElse(null)), d.publisher, "publisher", provenance);
        // A feed's author field is often an e-mail address with a name, or the publisher's own name.
        List<String> hintAuthors = Bylines.names(h.author(), publisher);
        String author = pick(hintAuthors.isEmpty() ? null : String.join(", ", hintAuthors),
                d.authors.isEmpty() ? null : String.join(", ", d.authors), "author",
                provenance);
        String language = pick(h.language(), d.language, "language", provenance);
        PublicationDate published = d.published;
        if (h.published() != null && !d.titleHintIsDateline) {
            published = h.published();
            provenance.put("published", "hint");
        }
        Optional<LocalDate> urlDay = DateText.inUrl(doc.source()).or(() -> DateText.inUrl(d.canonicalUrl));
        published = PageDates.reconciled(published, provenance.get("published"), urlDay, provenance);
        boolean web = doc.source().toLowerCase(Locale.ROOT).startsWith("http");
        String url = web && d.canonicalUrl != null ? d.canonicalUrl : doc.source();
        if (!web || d.canonicalUrl == null) {
            provenance.remove("url");
        }
        List<String> keywords = new ArrayList<>(h.keywords());
        keywords.addAll(d.keywords);
        Article article = new Article(doc.source(), url, title, d.text, publisher, author, published, language,
                provenance, keywords);
        PageDetails details = new PageDetails(d.authors, d.modified, d.canonicalUrl, d.image, d.imageCaption);
        return new Extraction(article, details);
    }

    private static String pick(String hint, String found, String field, Map<String, String> provenance) {
        if (hint != null && !hint.isBlank()) {
            provenance.put(field, "hint");
            return hint.strip();
        }
        if (found == null) {
            provenance.remove(field);
        }
        return found;
    }

    /**
     * Feed items that are "already text" often still carry a few tags ({@code <p>}, {@code <br>}) or
     * entities ({@code &amp;}); turn those into plain lines before the line-by-line cleanup.
     */
    static String plainLines(String text) {
        if (INLINE_MARKUP.matcher(text).find()) {
            List<String> lines = new ArrayList<>();
            for (TextBlocks.Block b : TextBlocks.of(Jsoup.parseBodyFragment(text).body())) {
                lines.add(b.text());
            }
            return String.join("\n", lines);
        }
        return Draft.unescape(text);
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.startsWith("<?xml") && head.contains("<html");
    }
}
