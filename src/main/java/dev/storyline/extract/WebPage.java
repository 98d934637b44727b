package dev.storyline.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML news page into a {@link Draft}: metadata from JSON-LD, microdata, Open Graph and other
 * {@code <meta>} tags, the document head and visible lines, then the body text, from the element the page
 * marks as its article body or else from content scoring ({@link MainContent}); a JSON-LD
 * {@code articleBody} is taken when the page's own markup yields less. Stateless and thread-safe.
 */
final class WebPage {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»/]{1,2}\\s+|\\s+::\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(?:by|written by|from)\\s*:?\\s+");

    private WebPage() {
    }

    static Draft read(String html, String source) throws ExtractionException {
        String base = source.matches("(?i)https?://.*") ? source : "";
        Document doc;
        try {
            doc = Jsoup.parse(html, base, Parser.htmlParser());
        } catch (RuntimeException e) {
            throw new ExtractionException("the HTML could not be parsed: " + e.getMessage(), e);
        }
        Draft d = new Draft();
        StructuredData ld = StructuredData.of(doc);
        readMetadata(doc, ld, base, d);
        PageDates.fromMetadata(doc, ld, base, d);
        if (d.published == null || d.modified == null) {
            PageDates.fromVisibleLines(doc, d);
        }
        Element body = doc.body();
        Element frame = doc.selectFirst("frameset frame[src]");
        // Resolve now: pruning detaches the frame from the document and with it from the base URI.
        String frameSrc = frame == null ? null : absolute(frame, "src", base);
        Element marked = markedBody(doc);
        List<String> paragraphs;
        String how;
        if (marked != null) {
            paragraphs = MainContent.paragraphs(marked, d.title, true);
            how = "microdata:articleBody";
        } else {
            paragraphs = MainContent.paragraphs(body, d.title, false);
            how = "dom:scored";
        }
        String text = String.join("\n\n", paragraphs);
        String ldBody = ld.articleBody() == null ? null : bodyFromStructuredData(ld.articleBody());
        if (ldBody != null && tokens(ldBody) > 1.3 * tokens(text) + 20) {
            text = ldBody;
            how = "json-ld:articleBody";
        }
        if (text.isBlank()) {
            if (frameSrc != null && body.text().length() < 200) {
                throw new ExtractionException("the page is a frameset; its content is in " + frameSrc);
            }
            throw new ExtractionException("no article text found");
        }
        d.setText(text, how);
        if (d.language == null) {
            d.setLanguage(LanguageGuess.of(text), "detected");
        }
        return d;
    }

    private static Element markedBody(Document doc) {
        Element best = null;
        for (Element e : doc.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best != null && best.text().length() >= 200 ? best : null;
    }

    private static void readMetadata(Document doc, StructuredData ld, String base, Draft d) {
        String siteName = meta(doc, "og:site_name");
        // Publisher first: the title needs it to strip the site name from <title>.
        d.setPublisher(ld.publisher(), "json-ld");
        d.setPublisher(siteName, "og:site_name");
        d.setPublisher(meta(doc, "application-name"), "meta:application-name");
        if (!base.isEmpty()) {
            d.setPublisher(domainName(base), "domain");
        }

        d.setTitle(withoutSiteName(ld.headline(), d.publisher), "json-ld");
        d.setTitle(withoutSiteName(meta(doc, "og:title"), d.publisher), "og:title");
        d.setTitle(withoutSiteName(meta(doc, "twitter:title"), d.publisher), "twitter:title");
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null) {
            d.setTitle(h1.text(), "h1");
        }
        d.setTitle(withoutSiteName(doc.title(), d.publisher), "title-tag");

        d.setAuthors(ld.authors(), "json-ld");
        d.setAuthors(personNames(meta(doc, "author")), "meta:author");
        d.setAuthors(personNames(meta(doc, "article:author")), "article:author");
        d.setAuthors(personNames(meta(doc, "parsely-author")), "meta:parsely-author");
        d.setAuthors(personNames(meta(doc, "dc.creator")), "meta:dc.creator");
        List<String> microAuthors = new ArrayList<>();
        for (Element a : doc.select("[itemprop=author]")) {
            Element name = a.selectFirst("[itemprop=name]");
            microAuthors.add(byline(name != null ? name.text() : a.text()));
        }
        d.setAuthors(microAuthors, "microdata");
        List<String> relAuthors = new ArrayList<>();
        for (Element a : doc.select("a[rel=author]")) {
            relAuthors.add(byline(a.text()));
        }
        d.setAuthors(relAuthors, "rel=author");
        Element byline = doc.selectFirst("[class~=(?i)(^|[-_ ])byline([-_ ]|$)], .author-name, .byline__name");
        if (byline != null) {
            d.setAuthors(personNames(byline(byline.text())), "byline");
        }

        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            d.setCanonicalUrl(absolute(canonical, "href", base), "rel=canonical");
        }
        d.setCanonicalUrl(meta(doc, "og:url"), "og:url");
        d.setCanonicalUrl(ld.url(), "json-ld");

        Element html = doc.selectFirst("html");
        if (html != null) {
            d.setLanguage(languageTag(html.attr("lang")), "html-lang");
            d.setLanguage(languageTag(html.attr("xml:lang")), "html-lang");
        }
        Element contentLanguage = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
        if (contentLanguage != null) {
            d.setLanguage(languageTag(contentLanguage.attr("content")), "meta:content-language");
        }
        d.setLanguage(languageTag(meta(doc, "og:locale")), "og:locale");
        d.setLanguage(languageTag(ld.language()), "json-ld");

        d.setImage(meta(doc, "og:image"), "og:image");
        d.setImage(ld.image(), "json-ld");
        d.setImage(meta(doc, "twitter:image"), "twitter:image");
        d.setImageCaption(ld.imageCaption(), "json-ld");
        Element figure = doc.selectFirst("article figure:has(img), main figure:has(img), figure:has(img)");
        if (figure != null) {
            Element img = figure.selectFirst("img");
            Element caption = figure.selectFirst("figcaption");
            if (d.image == null && img != null) {
                d.setImage(absolute(img, "src", base), "figure");
            }
            if (caption != null) {
                d.setImageCaption(caption.text(), "figcaption");
            }
        }
        d.setImageCaption(meta(doc, "og:image:alt"), "og:image:alt");
    }

    /** JSON-LD bodies are plain text, sometimes with markup or escaped markup inside. */
    private static String bodyFromStructuredData(String body) {
        String s = body;
        if (s.contains("<") && s.contains(">")) {
            Document d = Jsoup.parseBodyFragment(s);
            List<String> paragraphs = new ArrayList<>();
            for (MainContent.Block b : MainContent.blocks(d.body())) {
                paragraphs.add(b.text());
            }
            s = String.join("\n\n", paragraphs);
        } else if (s.contains("&") && s.contains(";")) {
            s = Parser.unescapeEntities(s, false);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : s.split("\\s*\\n\\s*")) {
            String p = Draft.clean(line);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static int tokens(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    static String meta(Document doc, String name) {
        for (Element m : doc.getElementsByTag("meta")) {
            String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            if (key != null && key.equalsIgnoreCase(name)) {
                String content = m.attr("content");
                if (!content.isBlank()) {
                    return content.strip();
                }
            }
        }
        return null;
    }

    /** Drops a site name from a page title: "Storm hits coast | The Daily" -> "Storm hits coast". */
    static String withoutSiteName(String title, String publisher) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = Draft.clean(title);
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String site = MainContent.normaliseForCompare(publisher);
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String n = MainContent.normaliseForCompare(p);
            if (!site.isEmpty() && (n.equals(site) || n.equals(site.replace("www", "")) || site.contains(n)
                    && n.length() >= 3)) {
                continue;
            }
            kept.add(p);
        }
        if (kept.size() == parts.length) {
            // No part named the publisher: drop a short last part only when the first part carries the
            // headline ("Storm hits coast - Daily Bugle"); a colon headline ("Fed: rates stay") stays whole.
            String last = parts[parts.length - 1];
            if (last.split(" ").length <= 4 && parts[0].split(" ").length >= 4
                    && !t.contains(": ")) {
                return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—·•:»/]+$", "").strip();
            }
            return t;
        }
        if (kept.isEmpty()) {
            return t;
        }
        // Keep the original separators between the parts that remain.
        int start = t.indexOf(kept.get(0));
        String lastKept = kept.get(kept.size() - 1);
        int end = t.lastIndexOf(lastKept) + lastKept.length();
        return start >= 0 && end > start ? t.substring(start, end).strip() : String.join(" - ", kept);
    }

    private static String domainName(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String absolute(Element e, String attr, String base) {
        String abs = base.isEmpty() ? "" : e.absUrl(attr);
        return abs.isEmpty() ? e.attr(attr) : abs;
    }

    private static String languageTag(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace('_', '-');
        return t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? t.toLowerCase(Locale.ROOT).split("-")[0]
                + (t.contains("-") ? t.substring(t.indexOf('-')).toUpperCase(Locale.ROOT) : "") : null;
    }

    /** Splits "Jane Doe and John Roe" or "Jane Doe, John Roe"; drops values that are links, not names. */
    static List<String> personNames(String s) {
        if (s == null || s.isBlank() || s.matches("(?i)\\s*https?://.*")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String p = byline(part);
            // A name has letters: "By Ann Lee, 2019" is a name and a year.
            if (!p.isEmpty() && p.length() <= 60 && Character.isLetter(p.charAt(0))) {
                out.add(p);
            }
        }
        return out;
    }

    private static String byline(String s) {
        return BY_PREFIX.matcher(Draft.clean(s)).replaceFirst("").strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static Optional<String> host(String url) {
        return Optional.ofNullable(domainName(url));
    }
}
