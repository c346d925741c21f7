package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void accentsAreStripped() {
        assertEquals("evaluation-des-couts-2024", Slugs.slugOf("Évaluation des coûts (2024)"));
        assertEquals("strasse-und-mull", Slugs.slugOf("Straße und Müll"));
        assertEquals("zdzislaw-lodz", Slugs.slugOf("Zdzisław Łódź"));
        assertEquals("aero-kobenhavn", Slugs.slugOf("Ærø København"));
        assertEquals("ffi-fi", Slugs.slugOf("ﬃ ﬁ"));
    }

    @Test
    void punctuationBecomesSingleDashesAndNoneAtTheEnds() {
        assertEquals("water-power-who-pays", Slugs.slugOf("  Water & Power: who pays?!  "));
        assertEquals("a-b-c", Slugs.slugOf("--a__b...c--"));
        assertEquals("tabs-and-new-lines", Slugs.slugOf("tabs\tand\nnew\r\nlines"));
        assertEquals("don-t-panic", Slugs.slugOf("Don't panic"));
    }

    @Test
    void emojiAndOtherScriptsLeaveTheFallbackWhenNothingElseIsLeft() {
        assertEquals("budget-2025", Slugs.slugOf("🚀 Budget 2025 🎉"));
        assertEquals("item", Slugs.slugOf("🚀🎉"));
        assertEquals("item", Slugs.slugOf("Отчёт"));
        assertEquals("item", Slugs.slugOf(""));
        assertEquals("item", Slugs.slugOf("   "));
        assertEquals("item", Slugs.slugOf(null));
    }

    @Test
    void longTitlesAreCutAtADash() {
        String title = "A study of participatory budgeting in twelve municipalities of the northern region "
                + "between 2015 and 2024";
        String slug = Slugs.slugOf(title);
        assertEquals("a-study-of-participatory-budgeting-in-twelve-municipalities-of-the-northern", slug);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertTrue(title.toLowerCase().replace(' ', '-').startsWith(slug + "-"));

        String oneWord = "x".repeat(500);
        assertEquals("x".repeat(80), Slugs.slugOf(oneWord));
        // A dash falls exactly at the limit: nothing of the last word is lost.
        assertEquals("ab-".repeat(26) + "ab", Slugs.slugOf("ab ".repeat(10_000)));
        assertEquals("abc-".repeat(19) + "abc", Slugs.slugOf("abc ".repeat(10_000)));
    }

    @Test
    void aSlugIsItsOwnSlug() {
        for (String title : new String[] {"Évaluation des coûts", "a-b", "x".repeat(90), "Hello, World"}) {
            String slug = Slugs.slugOf(title);
            assertEquals(slug, Slugs.slugOf(slug));
        }
    }

    @Test
    void uniqueSlugsCountUpFromTwo() {
        Set<String> taken = new HashSet<>();
        assertEquals("annual-report", Slugs.uniqueSlug("annual-report", taken::contains));
        taken.add("annual-report");
        assertEquals("annual-report-2", Slugs.uniqueSlug("annual-report", taken::contains));
        taken.add("annual-report-2");
        taken.add("annual-report-3");
        assertEquals("annual-report-4", Slugs.uniqueSlug("Annual Report", taken::contains));
    }

    @Test
    void uniqueSlugsStayWithinTheLimit() {
        String base = Slugs.slugOf("word ".repeat(40));
        assertEquals(79, base.length());
        String next = Slugs.uniqueSlug(base, base::equals);
        assertTrue(next.length() <= Slugs.MAX_LENGTH, next);
        assertTrue(next.endsWith("-2"), next);
        assertFalse(next.contains("--"), next);

        String long1 = "y".repeat(80);
        assertEquals("y".repeat(78) + "-2", Slugs.uniqueSlug(long1, long1::equals));
    }

    @Test
    void theSearchEnds() {
        assertThrows(IllegalStateException.class, () -> Slugs.uniqueSlug("taken", s -> true));
    }
}
