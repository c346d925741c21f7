package org.civicportal.content;

/** Small text helpers shared by the index and the search side; no regular expressions. */
final class Texts {

    private Texts() {
    }

    /** The first {@code max} characters of {@code text} (never splitting a surrogate pair); "" for null. */
    static String cap(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Null for null or blank text, the trimmed text otherwise. */
    static String blankToNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    /** Appends {@code text[from, to)} to {@code out} with the five HTML-special characters escaped. */
    static void appendEscaped(StringBuilder out, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** The text HTML-escaped, cut near {@code length} characters at a space, with "…" when cut. */
    static String escapedExcerpt(String text, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int end = text.length();
        boolean cut = false;
        if (end > length) {
            cut = true;
            end = length;
            // back to the last space in the final quarter so no word is cut in half
            for (int i = length; i > length * 3 / 4; i--) {
                if (Character.isWhitespace(text.charAt(i))) {
                    end = i;
                    break;
                }
            }
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        StringBuilder out = new StringBuilder(end + 16);
        appendEscaped(out, text, 0, end);
        if (cut) {
            out.append('…');
        }
        return out.toString();
    }
}
