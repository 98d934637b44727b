package dev.storyline.web;

import dev.storyline.story.StoryPage;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The top stories as an Atom 1.0 feed (RFC 4287): one entry per story with its headline, link, update
 * time and lede as summary, so a feed reader can follow Storyline like any publication. Stateless and
 * safe to share across threads.
 */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param stories  the stories, in the order to list them
     * @param baseUrl  the server's public address as configured, e.g. {@code https://news.example.org}; entry
     *                 links and ids are made absolute with it. Never take it from a request: the {@code Host}
     *                 header is the client's to choose
     * @param now      the feed's update time when no story has one
     */
    public static String of(List<StoryPage> stories, String baseUrl, Instant now) {
        return of("Storyline: Top Headlines", "/feed.atom", "/", stories, baseUrl, now);
    }

    /**
     * A feed of {@code stories} titled {@code title}, found at {@code selfPath} and shown as a page at
     * {@code alternatePath} (both paths on the server, query included); the feed's id is that page's
     * absolute URL, each entry's id its story's, so that both stay the same from one fetch to the next.
     */
    public static String of(String title, String selfPath, String alternatePath, List<StoryPage> stories, String baseUrl,
                            Instant now) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Instant feedUpdated = stories.stream().map(StoryPage::updatedMoment).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(now);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", title);
            element(xml, "id", base + alternatePath);
            element(xml, "updated", feedUpdated.toString());
            link(xml, "self", base + selfPath);
            link(xml, "alternate", base + alternatePath);
            xml.writeStartElement("author");
            element(xml, "name", "Storyline");
            xml.writeEndElement();
            for (StoryPage page : stories) {
                StoryView view = new StoryView(page);
                String url = base + view.path();
                xml.writeStartElement("entry");
                element(xml, "title", view.headline());
                element(xml, "id", url);
                element(xml, "updated", (page.updatedMoment() == null ? feedUpdated : page.updatedMoment()).toString());
                link(xml, "alternate", url);
                String lede = view.lede().stream().map(StoryView.Sentence::text).collect(Collectors.joining(" "));
                element(xml, "summary", lede.isBlank() ? view.metaLine() : lede);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlText(href));
    }

    /** Drops the characters XML 1.0 cannot carry at all (most control characters), which scraped text can hold. */
    private static String xmlText(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
