package org.civicportal.marketplace;

import org.civicportal.shared.CleanText;
import org.civicportal.shared.InvalidInputException;

/** The plain-text fields of the conversations (a question, an answer, a reason), checked by hand in one place. */
final class RequestText {

    private RequestText() {
    }

    /**
     * The text, stripped, if it is there, at most {@code max} characters (checked before anything
     * else reads it) and clean.
     *
     * @throws InvalidInputException naming the field otherwise
     */
    static String required(String text, String field, int max, String missing) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, missing);
        }
        return optional(text, field, max);
    }

    /** The text, stripped, or null when blank; at most {@code max} characters and clean. */
    static String optional(String text, String field, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "Use at most " + String.format(java.util.Locale.US, "%,d", max) + " characters.");
        }
        if (!CleanText.Check.isClean(text, true)) {
            throw new InvalidInputException(field, CleanText.MESSAGE);
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
