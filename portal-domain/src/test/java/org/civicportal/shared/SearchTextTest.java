package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void wildcardsTypedByAPersonAreMatchedLiterally() {
        assertEquals("%50\\% off\\_now%", SearchText.containsPattern(" 50% OFF_now "));
    }

    @Test
    void blankTextMatchesEverything() {
        assertEquals("%%", SearchText.containsPattern(null));
        assertEquals("%%", SearchText.containsPattern("   "));
    }
}
