package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Expected texts follow the APA Publication Manual (7th ed.) and the Chicago Manual's author-date system. */
class CitationsTest {

    static final BibliographicRecord BOOK = BibliographicRecord.builder().type(BibliographyType.BOOK)
            .author("Agranoff", "Robert").author("McGuire", "Michael").year(2003)
            .title("Collaborative public management: New strategies for local governments")
            .publisher("Georgetown University Press").build();

    static final BibliographicRecord ARTICLE = BibliographicRecord.builder().type(BibliographyType.ARTICLE)
            .author("Brown", "Trevor L.").author("Potoski", "Matthew").year(2003)
            .title("Transaction costs and institutional explanations for government service production decisions")
            .container("Journal of Public Administration Research and Theory").volume("13").issue("4")
            .pages("441-468").doi("https://doi.org/10.1093/jopart/mug030").build();

    static final BibliographicRecord THREE_AUTHORS = BibliographicRecord.builder().type(BibliographyType.ARTICLE)
            .author("Bel", "Germà").author("Fageda", "Xavier").author("Warner", "Mildred E.").year(2010)
            .title("Is private production of public services cheaper than public production? A meta-regression"
                    + " analysis of solid waste and water services")
            .container("Journal of Policy Analysis and Management").volume("29").issue("3").pages("553-577").build();

    @Test
    void apaBook() {
        assertEquals("Agranoff, R., & McGuire, M. (2003). Collaborative public management: New strategies for local"
                + " governments. Georgetown University Press.", Citations.apa(BOOK));
    }

    @Test
    void apaJournalArticleWithDoi() {
        assertEquals("Brown, T. L., & Potoski, M. (2003). Transaction costs and institutional explanations for"
                + " government service production decisions. Journal of Public Administration Research and Theory,"
                + " 13(4), 441\u2013468. https://doi.org/10.1093/jopart/mug030", Citations.apa(ARTICLE));
    }

    @Test
    void apaThreeAuthorsWithAccents() {
        assertEquals("Bel, G., Fageda, X., & Warner, M. E. (2010). Is private production of public services cheaper"
                + " than public production? A meta-regression analysis of solid waste and water services. Journal of"
                + " Policy Analysis and Management, 29(3), 553\u2013577.", Citations.apa(THREE_AUTHORS));
    }

    @Test
    void apaReportByAnOrganisation() {
        BibliographicRecord report = BibliographicRecord.builder().type(BibliographyType.REPORT)
                .author("World Bank", "").year(2017).title("Public-private partnerships reference guide")
                .publisher("World Bank Group").url("https://example.org/ppp-guide").build();
        assertEquals("World Bank. (2017). Public-private partnerships reference guide. World Bank Group."
                + " https://example.org/ppp-guide", Citations.apa(report));
    }

    @Test
    void apaHtmlItalicisesTheBookTitleAndEscapesMarkup() {
        String html = Citations.apaHtml(BOOK);
        assertTrue(html.contains("<span style=\"font-style: italic\">Collaborative public management: New strategies"
                + " for local governments</span>"), html);
        assertTrue(html.startsWith("<div class=\"csl-entry\">Agranoff, R., &amp; McGuire, M. (2003)."), html);
        BibliographicRecord hostile = BibliographicRecord.builder().type(BibliographyType.BOOK).author("Doe", "J.")
                .year(2020).title("<script>alert(1)</script>").publisher("P").build();
        assertTrue(!Citations.apaHtml(hostile).contains("<script>"), Citations.apaHtml(hostile));
    }

    @Test
    void chicagoAuthorDateBookAndArticle() {
        assertEquals("Agranoff, Robert, and Michael McGuire. 2003. Collaborative Public Management: New Strategies for"
                + " Local Governments. Georgetown University Press.", Citations.chicagoAuthorDate(BOOK));
        assertEquals("Brown, Trevor L., and Matthew Potoski. 2003. \u201cTransaction Costs and Institutional"
                + " Explanations for Government Service Production Decisions.\u201d Journal of Public Administration"
                + " Research and Theory 13 (4): 441\u201368. https://doi.org/10.1093/jopart/mug030.",
                Citations.chicagoAuthorDate(ARTICLE));
    }

    @Test
    void oneEngineServesManyThreadsWithoutMixingEntries() throws Exception {
        String book = Citations.apa(BOOK);
        String article = Citations.apa(ARTICLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even ? Citations.apa(BOOK).equals(book)
                        : Citations.apa(ARTICLE).equals(article)));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
