package org.civicportal.content;

/** What the library's plain lists share: the page number a visitor's address asks for. */
final class LibraryListPages {

    private LibraryListPages() {
    }

    /** The page a {@code page} parameter names, 1 when it names none (or an absurd one). */
    static int page(String text) {
        if (text == null || text.isEmpty() || text.length() > 5) {
            return 1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return 1;
            }
        }
        return Math.max(1, Integer.parseInt(text));
    }
}
