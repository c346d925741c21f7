package org.civicportal.shared;

import java.util.Locale;

/** Turns what a person typed in a search box into a safe, case-insensitive LIKE pattern. */
public final class SearchText {

    /** Longer than any name or address the portal stores: what goes past it cannot change what is found. */
    static final int MAX_LENGTH = 254;

    private SearchText() {
    }

    /**
     * {@code %text%} in lower case, with LIKE's wildcards in the text escaped (so "50%" finds
     * "50%", not everything starting with 50); blank text matches everything. Only the first
     * {@value #MAX_LENGTH} characters count, so a pasted megabyte is cut before any work.
     */
    public static String containsPattern(String text) {
        String typed = text == null ? "" : text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
