package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryFilterTest {

    @Test
    void wordsBecomeLowerCasePatternsWithTheirWildcardsEscaped() {
        DirectoryFilter filter = new DirectoryFilter("  Fleet 50%  a_b c\\d ", null, null, null, null);
        assertEquals(List.of("%fleet%", "%50\\%%", "%a\\_b%", "%c\\\\d%"), filter.likePatterns());
        assertTrue(filter.isNarrowed());
    }

    @Test
    void atMostFiveWordsOfAtMostAHundredCharactersAreRead() {
        assertEquals(5, new DirectoryFilter("a b c d e f g", null, null, null, null).likePatterns().size());
        DirectoryFilter long_ = new DirectoryFilter("x".repeat(1_000_000), null, null, null, null);
        assertEquals(DirectoryFilter.MAX_QUERY_LENGTH, long_.query().length());
    }

    @Test
    void blankWordsAndUnknownRegionsAreAsIfNotChosen() {
        DirectoryFilter filter = new DirectoryFilter("   ", null, null, "US-ZZ", null);
        assertNull(filter.query());
        assertNull(filter.region());
        assertFalse(filter.isNarrowed());
        assertEquals("US-OR", new DirectoryFilter(null, null, null, "US-OR", null).region());
    }
}
