package dev.storyline.eval;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Runs boilerpipe 1.1.0's {@code ArticleExtractor} as a baseline. Boilerpipe parses HTML with NekoHTML and
 * Xerces, which its published POM does not declare; rather than add two parsers to the project, the page
 * is parsed with jsoup and fed to boilerpipe's own SAX content handler as NekoHTML would feed it
 * (upper-case element names). Stateless and thread-safe.
 */
final class BoilerpipeBaseline {

    private BoilerpipeBaseline() {
    }

    static String text(String html) throws BoilerpipeProcessingException {
        Document doc = Jsoup.parse(html);
        BoilerpipeHTMLContentHandler handler = new BoilerpipeHTMLContentHandler();
        try {
            handler.startDocument();
            NodeTraversor.traverse(new SaxFeed(handler), doc);
            handler.endDocument();
        } catch (RuntimeException e) {
            throw new BoilerpipeProcessingException(e);
        } catch (SAXException e) {
            throw new BoilerpipeProcessingException(e);
        }
        return ArticleExtractor.INSTANCE.getText(handler.toTextDocument());
    }

    /** Turns a jsoup traversal into the SAX events boilerpipe expects. */
    private record SaxFeed(BoilerpipeHTMLContentHandler handler) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            try {
                if (node instanceof Element e) {
                    AttributesImpl atts = new AttributesImpl();
                    for (Attribute a : e.attributes()) {
                        atts.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
                    }
                    String name = e.tagName().toUpperCase(Locale.ROOT);
                    handler.startElement("", name, name, atts);
                } else if (node instanceof TextNode t) {
                    char[] chars = t.getWholeText().toCharArray();
                    handler.characters(chars, 0, chars.length);
                }
            } catch (SAXException ex) {
                throw new IllegalStateException(ex);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.tagName().toUpperCase(Locale.ROOT);
                try {
                    handler.endElement("", name, name);
                } catch (SAXException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }
}
