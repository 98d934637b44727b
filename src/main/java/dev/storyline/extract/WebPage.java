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

    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "(?iu)^\\W*(?:by|written by|author|authors|reporter|von|par|por)\\s*:?\\s+\\p{Lu}");

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
        if (d.authors.isEmpty()) {
            authorFromVisibleLines(doc, d);
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
        String host = base.isEmpty() ? null : domainName(base);
        // Publisher first: the title needs it to strip the site name from <title>.
        d.setPublisher(Publishers.withoutTagline(ld.publisher()), "json-ld");
        d.setPublisher(Publishers.withoutTagline(siteName), "og:site_name");
        d.setPublisher(meta(doc, "application-name"), "meta:application-name");
        d.setPublisher(Publishers.known(host), "domain:known");
        if (d.publisher == null) {
            d.setPublisher(copyrightName(doc), "text:copyright-line");
        }
        d.setPublisher(Publishers.fromHost(host), "domain");

        List<String> siteNames = new ArrayList<>();
        for (String n : new String[] {d.publisher, siteName, ld.publisher(), Publishers.known(host),
                Publishers.fromHost(host), host}) {
            if (n != null) {
                siteNames.add(n);
            }
        }
        String heading = PageTitle.heading(doc, siteNames);
        d.setTitle(PageTitle.clean(ld.headline(), siteNames, heading, doc), "json-ld");
        d.setTitle(PageTitle.clean(meta(doc, "og:title"), siteNames, heading, doc), "og:title");
        d.setTitle(PageTitle.clean(meta(doc, "twitter:title"), siteNames, heading, doc), "twitter:title");
        d.setTitle(heading, "h1");
        d.setTitle(PageTitle.clean(doc.title(), siteNames, heading, doc), "title-tag");

        List<String> publisher = siteNames;
        d.setAuthors(Bylines.names(ld.authors(), publisher), "json-ld");
        for (String name : new String[] {"author", "article:author", "parsely-author", "dc.creator", "byl",
                "sailthru.author"}) {
            d.setAuthors(Bylines.names(meta(doc, name), publisher), name.startsWith("article:") ? name : "meta:" + name);
        }
        List<String> microAuthors = new ArrayList<>();
        for (Element a : doc.select("[itemprop=author]")) {
            Element name = a.selectFirst("[itemprop=name]");
            microAuthors.add(name != null ? name.text() : a.text());
        }
        d.setAuthors(Bylines.names(microAuthors, publisher), "microdata");
        List<String> relAuthors = new ArrayList<>();
        for (Element a : doc.select("a[rel=author]")) {
            relAuthors.add(a.text());
        }
        d.setAuthors(Bylines.names(relAuthors, publisher), "rel=author");
        Element byline = doc.selectFirst("[class~=(?i)(^|[-_ ])byline([-_ ]|$)], .author-name, .byline__name");
        if (byline != null) {
            d.setAuthors(Bylines.names(byline.text(), publisher), "byline");
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
        for (String name : List.of("article:section", "news_keywords", "keywords")) {
            String value = meta(doc, name);
            if (value != null) {
                for (String k : value.split("[,;]")) {
                    if (!k.isBlank() && d.keywords.size() < MAX_KEYWORDS) {
                        d.keywords.add(k.strip());
                    }
                }
            }
        }
    }

    /** Most keywords kept of a page: some list hundreds for search engines. */
    private static final int MAX_KEYWORDS = 20;

    /** A "By ..." or "Author: ..." line near the top of the visible text, when the metadata named nobody. */
    private static void authorFromVisibleLines(Document doc, Draft d) {
        for (TextBlocks.Block b : TextBlocks.of(doc.body() == null ? doc : doc.body(), 120)) {
            String line = b.text();
            if (line.length() <= 100 && AUTHOR_LINE.matcher(line).find()) {
                d.setAuthors(Bylines.names(line, d.publisher == null ? List.of() : List.of(d.publisher)),
                        "text:author-line");
                if (!d.authors.isEmpty()) {
                    return;
                }
            }
        }
    }

    /** JSON-LD bodies are plain text, sometimes with markup, escaped markup or entities escaped twice inside. */
    private static String bodyFromStructuredData(String body) {
        String s = body;
        for (int pass = 0; pass < 3 && (s.contains("&lt;") || s.contains("&amp;lt;")); pass++) {
            s = Parser.unescapeEntities(s, false);
        }
        if (s.contains("<") && s.contains(">")) {
            Document d = Jsoup.parseBodyFragment(s);
            List<String> paragraphs = new ArrayList<>();
            for (TextBlocks.Block b : TextBlocks.of(d.body())) {
                paragraphs.add(b.text());
            }
            s = String.join("\n\n", paragraphs);
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

    private static final java.util.Set<String> FOOTER_WORDS = java.util.Set.of("footer", "copyright");

    /** The publisher named in the copyright line at the foot of the page. */
    private static String copyrightName(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        // Substring selectors are cheap; the whole-word test on the names comes after.
        for (Element e : body.select("footer, [class*=footer], [class*=copyright], [class*=Footer]")) {
            if (!e.normalName().equals("footer") && !Furniture.named(e.className(), "", FOOTER_WORDS)) {
                continue;
            }
            for (String line : e.text().split("(?<=\\.)\\s+|\\s{2,}|\\|")) {
                String name = Publishers.fromCopyright(line);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
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
