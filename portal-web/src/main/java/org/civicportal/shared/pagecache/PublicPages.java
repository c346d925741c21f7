package org.civicportal.shared.pagecache;

import java.util.List;

/**
 * The pages that look the same to every anonymous visitor, and so may be kept: the portal's public
 * face. A page that shows anything of the visitor (a form with its own state, a search they typed
 * is fine: the address holds it) stays out.
 */
final class PublicPages {

    /** Longer addresses are not kept: a visitor cannot fill the memory with endless variants. */
    static final int MAX_KEY_LENGTH = 600;

    private static final List<String> EXACT = List.of("/", "/index.xhtml", "/about.xhtml", "/events/events.xhtml",
            "/events/event.xhtml", "/decision/index.xhtml", "/dues.xhtml");

    private static final List<String> UNDER = List.of("/library/", "/providers/");

    private PublicPages() {
    }

    /** The key a page is kept under (its path and query), or null when it is not to be kept. */
    static String keyOf(String path, String query) {
        if (path == null || !isPublic(path)) {
            return null;
        }
        int length = path.length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_KEY_LENGTH) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }

    private static boolean isPublic(String path) {
        if (EXACT.contains(path)) {
            return true;
        }
        for (String prefix : UNDER) {
            // the library's files are served with their own headers, and are not pages
            if (path.startsWith(prefix) && !path.startsWith("/library/files/")) {
                return true;
            }
        }
        return false;
    }
}
