package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForwardedClientFilterTest {

    @Test
    void theClientIsTheAddressTheLastProxyAdded() {
        assertEquals("203.0.113.7", ForwardedClientFilter.clientIn("203.0.113.7"));
        assertEquals("198.51.100.2", ForwardedClientFilter.clientIn("10.0.0.1, 203.0.113.7,198.51.100.2"));
        assertEquals("2001:db8::1", ForwardedClientFilter.clientIn("2001:db8::1"));
    }

    @Test
    void anythingButAnAddressIsIgnored() {
        assertNull(ForwardedClientFilter.clientIn(null));
        assertNull(ForwardedClientFilter.clientIn(""));
        assertNull(ForwardedClientFilter.clientIn("203.0.113.7, face.bad"), "a host name is never looked up");
        assertNull(ForwardedClientFilter.clientIn("unknown"));
        assertNull(ForwardedClientFilter.clientIn("256.1.1.1"));
        assertNull(ForwardedClientFilter.clientIn("1.2.3"));
        assertNull(ForwardedClientFilter.clientIn("1.2.3.4" + " ".repeat(ForwardedClientFilter.MAX_HEADER_LENGTH)), "too long to read");
    }

    @Test
    void ipLiteralsAreRecognisedWithoutLookingAnythingUp() {
        assertTrue(ForwardedClientFilter.isIpLiteral("127.0.0.1"));
        assertTrue(ForwardedClientFilter.isIpLiteral("::ffff:192.0.2.1"));
        assertFalse(ForwardedClientFilter.isIpLiteral("localhost"));
        assertFalse(ForwardedClientFilter.isIpLiteral("01234.1.1.1"));
        assertFalse(ForwardedClientFilter.isIpLiteral("1..2.3"));
    }
}
