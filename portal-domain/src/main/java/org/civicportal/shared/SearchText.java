package org.civicportal.shared;

import java.util.Locale;

/** Turns what a person typed in a search box into a safe, case-insensitive LIKE pattern. */
public final class SearchText {

    private SearchText() {
    }

    /**
     * {@code %text%} in lower case, with LIKE's wildcards in the text escaped (so "50%" finds
     * "50%", not everything starting with 50); blank text matches everything.
     */
    public static String containsPattern(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
