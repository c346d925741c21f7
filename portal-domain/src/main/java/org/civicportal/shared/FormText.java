package org.civicportal.shared;

/**
 * How forms take what was typed: without the white space around it, and, in an optional field,
 * blank as nothing at all, so that "  " is never stored as an answer.
 */
public final class FormText {

    private FormText() {
    }

    /** The text without the white space around it; null stays null. */
    public static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    /** The text without the white space around it, or null when nothing but white space was typed. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
