package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FormTextTest {

    @Test
    void typedTextLosesTheSpacesAroundItAndAnOptionalBlankIsNothing() {
        assertEquals("Salem, OR", FormText.stripped(" Salem, OR\t"));
        assertEquals("", FormText.stripped("   "));
        assertNull(FormText.stripped(null));
        assertEquals("503 555 0100", FormText.orNull("\n503 555 0100 "));
        assertNull(FormText.orNull(" \u2003 "));
        assertNull(FormText.orNull(null));
    }
}
