package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"name@example.org", "first.last+tag@city.gov", "o'brien@county.us", "x@sub.domain.example"})
    void acceptsPlainAddresses(String address) {
        assertTrue(EmailAddress.isWellFormed(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "name@", "@example.org", "name@localhost", "name@example.", "a@b..org",
            "Name <name@example.org>", "\"a b\"@example.org", "a@[192.0.2.1]", "a b@example.org", "a@b.org\r\nBcc: x@y.org",
            "a@b.org\u0000", "a@@b.org", "a,b@example.org", "a(comment)@example.org"})
    void refusesWhatIsNotOneMailbox(String text) {
        assertFalse(EmailAddress.isWellFormed(text), text);
    }

    @Test
    void normalisesOnce() {
        assertEquals(Optional.of("name@example.org"), EmailAddress.parse("  Name@Example.ORG "));
        // "é" typed as e + combining accent and as one character are one address
        assertEquals(EmailAddress.normalise("\u00e9@example.org"), EmailAddress.normalise("e\u0301@example.org"));
    }

    @Test
    void refusesOverlongAddressesByLength() {
        String local = "a".repeat(64);
        String longest = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";
        assertEquals(254, longest.length());
        assertTrue(EmailAddress.isWellFormed(longest));
        assertFalse(EmailAddress.isWellFormed("x" + longest));
    }

    @Test
    void aHostileMegabyteIsRefused() {
        String hostile = "a@" + ".".repeat(1_000_000) + "@";
        assertFalse(EmailAddress.parse(hostile).isPresent());
        assertFalse(new ValidEmail.Check().isValid(hostile, null));
    }
}
