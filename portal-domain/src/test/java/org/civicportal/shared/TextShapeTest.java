package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicportal.shared.TextShape.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes and the clean-text rule that replaced the regular expressions of the forms. */
class TextShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://webinar.example.org/join/42", "http://a.example", "https://x.example/a?b=c&d=%20"})
    void acceptsWebAddresses(String text) {
        assertTrue(Shape.WEB_ADDRESS.fits(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://", "ftp://x.example", "https://a b.example", "javascript:alert(1)", "https://a\u0000b",
            "https://a\r\nb", "www.example.org", "https://a\u00a0b"})
    void refusesWhatIsNotAWebAddress(String text) {
        assertFalse(Shape.WEB_ADDRESS.fits(text), text);
    }

    @Test
    void codesAndMonthDays() {
        assertTrue(Shape.COUNTRY_CODE.fits("US"));
        assertFalse(Shape.COUNTRY_CODE.fits("USA"));
        assertFalse(Shape.COUNTRY_CODE.fits("us"));
        assertFalse(Shape.COUNTRY_CODE.fits("\u00c9U"));
        assertTrue(Shape.CURRENCY_CODE.fits("USD"));
        assertFalse(Shape.CURRENCY_CODE.fits("US"));
        assertTrue(Shape.MONTH_DAY.fits("10-01"));
        assertTrue(Shape.MONTH_DAY.fits("02-29"));
        for (String wrong : new String[] {"13-01", "00-10", "02-30", "04-31", "1-01", "10/01", "10-0a", "\u0661\u0660-01"}) {
            assertFalse(Shape.MONTH_DAY.fits(wrong), wrong);
        }
    }

    @Test
    void cleanTextRefusesControlCharactersAndBrokenUnicodeButNotMarkup() {
        assertTrue(CleanText.Check.isClean("<script>alert('x')</script> & \"quotes\" \u00e9 \ud83d\ude00", false));
        assertTrue(CleanText.Check.isClean("two\r\nlines\tand a tab", true));
        for (String broken : new String[] {"a\u0000b", "line\r\nbreak", "tab\there", "esc\u001b[31m", "\ud800", "x\udc00", "\udc00\ud800",
                "\uffff", "\ufffe", "a\u2028b", "\ufdd0"}) {
            assertFalse(CleanText.Check.isClean(broken, false), broken);
        }
        assertFalse(CleanText.Check.isClean("a\u0000b", true));
        assertFalse(CleanText.Check.isClean("\u00a0\u2003", false), "no-break spaces only");
        assertTrue(CleanText.Check.isClean("  ", false), "blank is for @NotBlank to judge");
    }

    @Test
    void aHostileMegabyteIsRefusedByItsLength() {
        assertFalse(Shape.WEB_ADDRESS.fits("https://" + "a".repeat(1_000_000)));
        assertFalse(Shape.MONTH_DAY.fits("1".repeat(1_000_000)));
        assertFalse(Shape.COUNTRY_CODE.fits("A".repeat(1_000_000)));
    }
}
