package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BibliographicRecordTest {

    static BibliographicRecord.Builder article() {
        return BibliographicRecord.builder().type(BibliographyType.ARTICLE).author("Hefetz", "Amir")
                .author("Warner", "Mildred").year(2004).title("Privatization and its reverse")
                .container("Journal of Public Administration Research and Theory").volume("14").issue("2")
                .pages("171-190");
    }

    @Test
    void aCompleteArticleHasNoProblems() {
        assertEquals(List.of(), article().build().problems());
    }

    @Test
    void textsAreTrimmedAndBlankTextsBecomeMissing() {
        BibliographicRecord r = article().title("  Privatization  ").publisher("   ").tag(" ").tag(" costs ").build();
        assertEquals("Privatization", r.title());
        assertNull(r.publisher());
        assertEquals(List.of("costs"), r.tags());
    }

    @Test
    void theDoiIsKeptInItsPlainLowerCaseForm() {
        assertEquals("10.1093/jopart/muh012", article().doi("https://doi.org/10.1093/JOPART/muh012").build().doi());
        assertEquals("10.1093/jopart/muh012", article().doi("doi: 10.1093/jopart/MUH012").build().doi());
        assertEquals("10.1093/jopart/muh012", BibliographicRecord.normaliseDoi("http://dx.doi.org/10.1093/jopart/muh012"));
        assertNull(BibliographicRecord.normaliseDoi("doi:"));
    }

    @Test
    void titleAndYearAreRequired() {
        List<String> problems = article().title(null).year(null).build().problems();
        assertEquals(List.of("The title is missing.", "The year is missing."), problems);
    }

    @Test
    void theYearMustBeBetween1500And2100() {
        assertEquals(List.of("The year 1499 is not between 1500 and 2100."), article().year(1499).build().problems());
        assertEquals(List.of("The year 2101 is not between 1500 and 2100."), article().year(2101).build().problems());
        assertEquals(List.of(), article().year(1500).build().problems());
        assertEquals(List.of(), article().year(2100).build().problems());
    }

    @Test
    void anArticleNeedsAnAuthorButAWebPageMayHaveASiteNameInstead() {
        BibliographicRecord noAuthors = new BibliographicRecord(BibliographyType.ARTICLE, List.of(), 2004, "T", "J",
                null, null, null, null, null, null, null, null);
        assertEquals(List.of("At least one author is needed."), noAuthors.problems());

        BibliographicRecord page = new BibliographicRecord(BibliographyType.WEB_PAGE, null, 2020, "Shared services",
                "Local Government Association", null, null, null, null, null, "https://example.org/shared", null, null);
        assertEquals(List.of(), page.problems());

        BibliographicRecord bare = new BibliographicRecord(BibliographyType.WEB_PAGE, null, 2020, "Shared services",
                null, null, null, null, null, null, "https://example.org/shared", null, null);
        assertEquals(List.of("A web page needs at least one author or the name of its site."), bare.problems());
    }

    @Test
    void lengthsAreCapped() {
        BibliographicRecord r = article().title("t".repeat(501)).container("c".repeat(301))
                .publisher("p".repeat(201)).abstractText("a".repeat(5001)).doi("10." + "d".repeat(198))
                .url("https://example.org/" + "u".repeat(2000)).author("F".repeat(101), "G").build();
        assertEquals(List.of("The title is longer than 500 characters.",
                "A name of author 3 is longer than 100 characters.",
                "The journal or book title is longer than 300 characters.",
                "The publisher is longer than 200 characters.",
                "The DOI is longer than 200 characters.",
                "The abstract is longer than 5000 characters.",
                "The web address is longer than 2000 characters."), r.problems());
        // exactly at the caps is fine
        assertEquals(List.of(), article().title("t".repeat(500)).container("c".repeat(300)).publisher("p".repeat(200))
                .abstractText("a".repeat(5000)).build().problems());
    }

    @Test
    void theWebAddressMustBeHttpOrHttps() {
        assertEquals(List.of("The web address must start with http:// or https:// and name a site."),
                article().url("javascript:alert(1)").build().problems());
        assertEquals(List.of("The web address must start with http:// or https:// and name a site."),
                article().url("https://").build().problems());
        assertEquals(List.of(), article().url("HTTPS://example.org/report.pdf").build().problems());
    }

    @Test
    void atMost50AuthorsAnd20ShortTags() {
        BibliographicRecord.Builder many = article();
        for (int i = 0; i < 49; i++) {
            many.author("Author" + i, "A.");
        }
        assertEquals(List.of("There are 51 authors; at most 50 are allowed."), many.build().problems());

        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("tag" + i);
        }
        BibliographicRecord r = article().build();
        BibliographicRecord tagged = new BibliographicRecord(r.type(), r.authors(), r.year(), r.title(), r.container(),
                null, null, null, null, null, null, null, tags);
        assertEquals(List.of("There are 21 tags; at most 20 are allowed."), tagged.problems());
        List<String> longTag = article().tag("x".repeat(51)).build().problems();
        assertEquals(1, longTag.size());
        assertTrue(longTag.get(0).endsWith("is longer than 50 characters."), longTag.get(0));
    }

    @Test
    void anAuthorNeedsAFamilyName() {
        assertEquals(List.of("Author 3 has no family name."), article().author(" ", "Jo").build().problems());
    }

    @Test
    void typesHaveLabels() {
        assertEquals("Journal article", BibliographyType.ARTICLE.getLabel());
        assertEquals("Web page", BibliographyType.WEB_PAGE.getLabel());
    }
}
