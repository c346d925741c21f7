package org.civicportal.content;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A sitemap in the sitemaps.org 0.9 format: one {@code <url>} per address, with its
 * {@code <lastmod>} where the date is known. Written with StAX, which escapes every address
 * ({@code &} of a query becomes {@code &amp;}), so no address can break the document.
 */
final class Sitemap {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** The protocol's limit for one file; past it a sitemap index would be needed. */
    static final int MAX_URLS = 50_000;

    /** One address, absolute, and when its page last changed (null if unknown). */
    record Entry(String location, Instant lastModified) {
    }

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Sitemap() {
    }

    /** Writes at most {@link #MAX_URLS} entries, in their order, as UTF-8. */
    static void write(List<Entry> entries, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        for (Entry entry : entries.subList(0, Math.min(MAX_URLS, entries.size()))) {
            xml.writeStartElement(NAMESPACE, "url");
            element(xml, "loc", entry.location());
            if (entry.lastModified() != null) {
                element(xml, "lastmod", w3cDate(entry.lastModified()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** A W3C Datetime (the profile of ISO 8601 that sitemaps use), in UTC to the second: {@code 2027-03-01T17:00:00Z}. */
    static String w3cDate(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
