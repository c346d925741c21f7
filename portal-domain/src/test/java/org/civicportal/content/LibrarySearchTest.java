package org.civicportal.content;

import static org.civicportal.content.LibraryCorpus.doc;
import static org.civicportal.content.LibraryCorpus.membersOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relevance, analysis, typos, members-only bodies, snippets and paging. */
class LibrarySearchTest {

    private LibraryIndex index;

    @BeforeEach
    void fill() {
        index = LibraryIndex.inMemory();
        index.put(doc("case-study:1", "case-study", "Procurement in small towns",
                "How towns buy together.", "Joint purchasing saves money. Collaboration matters here."));
        index.put(doc("case-study:2", "case-study", "Collaboration between counties",
                "Counties share staff.", "A long account of shared staff and procurement of vehicles."));
        index.put(doc("research-summary:3", "research-summary", "Contracting out public works",
                "Contracting for roads.", "Outsourcing roads and bridges."));
        index.put(doc("bibliography:4", "bibliography", "Intergovernmental agreements reader",
                "Readings on intergovernmental agreements.", "Books and articles."));
        index.put(doc("case-study:5", "case-study", "Unsafe markup sample", "A plain summary.",
                "Before the tag <script>alert('x')</script> & after, procurement again."));
        index.put(membersOnly("research-summary:6", "Fiscal stress study", "Public summary of the fiscal study.",
                "Confidential findings about pensionliability and bonds."));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> keys(String text, boolean member) {
        return index.search(SearchRequest.of(text, member)).hits().stream().map(SearchHit::key).toList();
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        List<String> procurement = keys("procurement", false);
        assertEquals("case-study:1", procurement.get(0));
        assertTrue(procurement.containsAll(List.of("case-study:2", "case-study:5")));
        List<String> collaboration = keys("collaboration", false);
        assertEquals(List.of("case-study:2", "case-study:1"), collaboration);
    }

    @Test
    void wordsAreStemmedAndAllRequired() {
        assertEquals(List.of("research-summary:3"), keys("contracts", false));
        assertEquals(List.of("research-summary:3"), keys("the contracted roads", false));
        assertEquals(List.of(), keys("contracts vehicles", false));
    }

    @Test
    void aTypoStillFindsTheDocument() {
        assertEquals(List.of("case-study:2", "case-study:1"), keys("colaboration", false));
        assertEquals(List.of("bibliography:4"), keys("intergovernmentl", false));
        assertEquals(List.of("bibliography:4"), keys("intergovernmentl agreemnts", false));
        // short words get no typo tolerance: "rods" is not "roads"
        assertEquals(List.of(), keys("rods", false));
    }

    @Test
    void aMembersOnlyBodyIsInvisibleToNonMembers() {
        assertEquals(List.of(), keys("pensionliability", false));
        assertEquals(List.of("research-summary:6"), keys("pensionliability", true));
        SearchHit forMember = index.search(SearchRequest.of("pensionliability", true)).hits().get(0);
        assertTrue(forMember.snippetHtml().contains("<mark>pensionliability</mark>"), forMember.snippetHtml());
        assertTrue(forMember.membersOnly());

        // title and summary stay public, and the snippet then comes from the summary only
        SearchHit forVisitor = index.search(SearchRequest.of("fiscal", false)).hits().get(0);
        assertEquals("research-summary:6", forVisitor.key());
        assertEquals("Public summary of the <mark>fiscal</mark> study.", forVisitor.snippetHtml());
        assertFalse(forVisitor.snippetHtml().contains("Confidential"));
        // even a typo close to a members-only word does not reach it
        assertEquals(List.of(), keys("pensionliabilty", false));
    }

    @Test
    void snippetsAreEscapedWithOnlyMarkTags() {
        SearchHit hit = index.search(SearchRequest.of("script", false)).hits().get(0);
        assertEquals("case-study:5", hit.key());
        String html = hit.snippetHtml();
        assertTrue(html.contains("&lt;<mark>script</mark>&gt;"), html);
        assertTrue(html.contains("&#39;x&#39;"), html);
        assertTrue(html.contains("&amp; after"), html);
        assertFalse(html.replace("<mark>", "").replace("</mark>", "").contains("<"), html);
    }

    @Test
    void aSnippetFallsBackToTheSummary() {
        SearchHit titleOnly = index.search(SearchRequest.of("unsafe", false)).hits().get(0);
        assertEquals("A plain summary.", titleOnly.snippetHtml());
        SearchHit summaryMatch = index.search(SearchRequest.of("counties", false)).hits().get(0);
        assertEquals("<mark>Counties</mark> share staff.", summaryMatch.snippetHtml());
    }

    @Test
    void aLongBodyGivesASnippetOfAboutTwoHundredCharacters() {
        String words = "council budget review meeting held annually ".repeat(200);
        index.put(doc("case-study:8", "case-study", "Long", "", words + "needleword " + words));
        index.commit();
        String html = index.search(SearchRequest.of("needleword", false)).hits().get(0).snippetHtml();
        assertTrue(html.contains("<mark>needleword</mark>"), html);
        assertTrue(html.startsWith("…") && html.endsWith("…"), html);
        int plain = html.replace("<mark>", "").replace("</mark>", "").length();
        assertTrue(plain > 120 && plain < 320, plain + ": " + html);
    }

    @Test
    void pagesNeverRepeatAndTiesAreBrokenByKey() {
        for (int i = 0; i < 25; i++) {
            // identical texts: every score ties
            index.put(doc(String.format("training:%02d", i), "training", "Budgeting course", "", ""));
        }
        index.commit();
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResults results = index.search(new SearchRequest("budgeting", false, Map.of(), page, 10));
            assertEquals(25, results.total());
            assertEquals(3, results.pages());
            seen.addAll(results.hits().stream().map(SearchHit::key).toList());
        }
        assertEquals(25, seen.size());
        assertEquals(25, new HashSet<>(seen).size());
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen);
        assertEquals(List.of(), index.search(new SearchRequest("budgeting", false, Map.of(), 4, 10)).hits());
    }

    @Test
    void theTotalIsExactBeyondAThousandMatches() {
        for (int i = 0; i < 1_500; i++) {
            index.put(doc("event:" + i, "event", "Webinar " + i, "", "An annual webinar on budgeting."));
        }
        index.commit();
        SearchResults results = index.search(new SearchRequest("webinar", false, Map.of(), 3, 50));
        assertEquals(1_500, results.total());
        assertEquals(50, results.hits().size());
        assertEquals(1_500, index.search(new SearchRequest("", false, Map.of("type", Set.of("event")), 1, 10)).total());
    }

    @Test
    void hostileTextIsReadAsWords() {
        SearchRequest huge = SearchRequest.of("procurement ".repeat(1_000), false);
        assertTrue(huge.text().length() <= SearchRequest.MAX_TEXT, "text kept: " + huge.text().length());
        assertEquals(3, index.search(huge).total());

        for (String text : List.of("title:(a OR", "*:*", "~~~", "\"unbalanced", "procure*", "a AND OR NOT",
                "roads~2", "\\", "/regex/", "[a TO z]", "+-&&||!(){}[]^\"~*?:\\/", "\u0000\uD800", "AND")) {
            SearchResults results = index.search(SearchRequest.of(text, false));
            assertTrue(results.total() <= 3, text + " found " + results.total());
        }
        assertEquals(0, index.search(SearchRequest.of("*:*", false)).total());
        assertEquals(0, index.search(SearchRequest.of("~~~", false)).total());
        assertEquals(List.of("research-summary:3"), keys("roads~~~", false));
        assertEquals(List.of("research-summary:3"), keys("(contracting OR roads", false));
    }

    @Test
    void requestsAreCapped() {
        SearchRequest asked = new SearchRequest(null, false, Map.of("type", Set.of("x"), "nonsense", Set.of("y")), -3, 1_000);
        assertEquals("", asked.text());
        assertEquals(1, asked.page());
        assertEquals(SearchRequest.MAX_PAGE_SIZE, asked.pageSize());
        assertEquals(Set.of("type"), asked.filters().keySet());
        SearchRequest deep = new SearchRequest("x", false, Map.of(), Integer.MAX_VALUE, 50);
        assertEquals(SearchRequest.MAX_DEPTH / 50, deep.page());
    }
}
