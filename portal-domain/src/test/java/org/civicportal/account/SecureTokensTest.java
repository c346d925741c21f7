package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureTokensTest {

    private final SecureTokens tokens = new SecureTokens();

    @Test
    void tokensAre256RandomBitsInUrlSafeText() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = tokens.newToken();
            assertEquals(43, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(seen.add(token), "unique");
        }
    }

    @Test
    void theStoredDigestIsAStableSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", tokens.digest("abc"));
        String token = tokens.newToken();
        assertEquals(tokens.digest(token), tokens.digest(token));
        assertNotEquals(tokens.digest(token), tokens.digest(token + "x"));
    }
}
