package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SitemapTest {

    @Test
    void anAddressWithAQueryIsEscapedAndReadsBackAsWritten() throws Exception {
        String address = "https://portal.example.org/events/events.xhtml?when=past&kind=WEBINAR";
        String xml = write(List.of(new Sitemap.Entry(address, Instant.parse("2027-03-01T17:00:00.123456Z"))));
        assertTrue(xml.contains("?when=past&amp;kind=WEBINAR"), xml);
        assertFalse(xml.contains("past&kind"), xml);

        Document document = parse(xml);
        Element root = document.getDocumentElement();
        assertEquals(Sitemap.NAMESPACE, root.getNamespaceURI());
        assertEquals(address, root.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc").item(0).getTextContent());
        assertEquals("2027-03-01T17:00:00Z", root.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod").item(0).getTextContent());
    }

    @Test
    void anAddressWithoutADateHasNoLastmod() throws Exception {
        Document document = parse(write(List.of(new Sitemap.Entry("https://portal.example.org/", null))));
        assertEquals(1, document.getElementsByTagNameNS(Sitemap.NAMESPACE, "url").getLength());
        assertEquals(0, document.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod").getLength());
    }

    @Test
    void aSitemapStopsAtTheProtocolsFiftyThousandAddresses() throws Exception {
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (int i = 0; i < Sitemap.MAX_URLS + 25; i++) {
            entries.add(new Sitemap.Entry("https://portal.example.org/library/case-studies/item-" + i, null));
        }
        Document document = parse(write(entries));
        assertEquals(50_000, document.getElementsByTagNameNS(Sitemap.NAMESPACE, "url").getLength());
    }

    private static String write(List<Sitemap.Entry> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sitemap.write(entries, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
