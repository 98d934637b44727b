package dev.storyline.ingest.feed;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OPML subscription list: every {@code outline} with an {@code xmlUrl}, at any depth (folders
 * nest outlines), in document order. DOCTYPEs and external entities are refused. Stateless.
 */
public final class Opml {

    /**
     * One subscription.
     *
     * @param title  the outline's title or text, or {@code null}
     * @param xmlUrl the feed's address as written in the list
     */
    public record Subscription(String title, String xmlUrl) {
    }

    private Opml() {
    }

    public static List<Subscription> subscriptions(byte[] content) throws MalformedFeedException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors surface as exceptions, not as stderr noise
            document = builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException e) {
            throw new MalformedFeedException("malformed OPML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new MalformedFeedException("cannot read OPML: " + e.getMessage(), e);
        }
        if (!document.getDocumentElement().getTagName().equalsIgnoreCase("opml")) {
            throw new MalformedFeedException("not OPML: the root element is <" + document.getDocumentElement().getTagName() + ">");
        }
        List<Subscription> result = new ArrayList<>();
        NodeList outlines = document.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String url = FeedParser.blankToNull(outline.getAttribute("xmlUrl"));
            if (url != null) {
                String title = FeedParser.blankToNull(outline.getAttribute("title"));
                result.add(new Subscription(title != null ? title : FeedParser.blankToNull(outline.getAttribute("text")), url));
            }
        }
        return result;
    }
}
