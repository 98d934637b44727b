package dev.storyline.follow;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes the followed feeds as an OPML 2.0 subscription list (http://opml.org/spec2.opml), which feed readers import. */
public final class OpmlExport {

    private OpmlExport() {
    }

    public static String write(List<Subscription> feeds, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("head");
            element(xml, "title", "Storyline subscriptions");
            element(xml, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (Subscription s : feeds) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("outline");
                xml.writeAttribute("type", "rss");
                xml.writeAttribute("text", s.name());
                if (s.title() != null) {
                    xml.writeAttribute("title", s.title());
                }
                xml.writeAttribute("xmlUrl", s.url());
                if (s.siteUrl() != null) {
                    xml.writeAttribute("htmlUrl", s.siteUrl());
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
