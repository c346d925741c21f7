package org.civicportal.shared.pagecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageCacheRulesTest {

    @Test
    void onlyPublicPagesAreKeptUnderTheirPathAndQuery() {
        assertEquals("/", PublicPages.keyOf("/", null));
        assertEquals("/events/event.xhtml?id=4", PublicPages.keyOf("/events/event.xhtml", "id=4"));
        assertEquals("/providers/acme/fleet", PublicPages.keyOf("/providers/acme/fleet", null));
        assertEquals("/library/search.xhtml?q=dispatch", PublicPages.keyOf("/library/search.xhtml", "q=dispatch"));
        for (String personal : new String[] {"/login.xhtml", "/account/dashboard.xhtml", "/membership/membership.xhtml",
                "/provider/inbox.xhtml", "/admin/accounts.xhtml", "/library/files/7", "/events/calendar", "/favicon.svg"}) {
            assertNull(PublicPages.keyOf(personal, null), personal);
        }
    }

    @Test
    void anEndlessQueryIsNotKept() {
        assertNull(PublicPages.keyOf("/providers/", "q=" + "a".repeat(PublicPages.MAX_KEY_LENGTH)));
    }

    @Test
    void theNonceIsReadFromTheScriptPolicy() {
        assertEquals("abc+/=", CachedPage.nonceIn("script-src 'self' 'nonce-abc+/=';"));
        assertNull(CachedPage.nonceIn("frame-ancestors 'none'"));
        assertNull(CachedPage.nonceIn("script-src 'nonce-"));
        assertNull(CachedPage.nonceIn(null));
    }

    @Test
    void anythingButAQueryCountsAsAWrite() {
        assertFalse(PageCacheInvalidation.isWrite("SELECT id FROM event"));
        assertFalse(PageCacheInvalidation.isWrite("  select id FROM event FOR UPDATE"));
        assertFalse(PageCacheInvalidation.isWrite("WITH x AS (SELECT 1) SELECT * FROM x"));
        assertTrue(PageCacheInvalidation.isWrite("UPDATE event SET seats_taken = seats_taken + 1 WHERE id = ?"));
        assertTrue(PageCacheInvalidation.isWrite("INSERT INTO registration (event_id) VALUES (?)"));
        assertTrue(PageCacheInvalidation.isWrite("DELETE FROM provider_listing_version WHERE id = ?"));
        assertFalse(PageCacheInvalidation.isWrite(null));
    }
}
