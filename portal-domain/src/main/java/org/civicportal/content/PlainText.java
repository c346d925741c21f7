package org.civicportal.content;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/** The words of sanitised rich text, for search indexing and page descriptions. */
final class PlainText {

    /** Sanitised HTML can be longer than what was typed (entities); past this, plain text gives up. */
    static final int INPUT_LIMIT = 8 * RichText.MAX_LENGTH;

    /** Elements inside a line: every other tag is a break, so words of two paragraphs do not run together. */
    private static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "u", "s", "span", "code",
            "sup", "sub");

    /** Elements whose text is never content (defensive: sanitised HTML has none of them). */
    private static final Set<String> NO_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "noscript");

    private PlainText() {
    }

    /** See {@link RichText#plainText(String, int)}. */
    static String of(String sanitisedHtml, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        if (sanitisedHtml == null || sanitisedHtml.isEmpty()) {
            return "";
        }
        // Only our own output comes here; a cut mid-tag is still read safely by the lexer.
        String input = sanitisedHtml.length() > INPUT_LIMIT
                ? sanitisedHtml.substring(0, INPUT_LIMIT) : sanitisedHtml;
        TextCollector collector = new TextCollector(maxChars + 1);
        HtmlSanitizer.sanitize(input, collector);
        String text = collector.text();
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - 1);
        String head = cut > maxChars / 2 ? text.substring(0, cut) : text.substring(0, maxChars - 1);
        return head + "…";
    }

    /** Collects the text of a document, a space at each block boundary, whitespace collapsed. */
    private static final class TextCollector implements HtmlSanitizer.Policy {
        private final int limit;
        private final StringBuilder text = new StringBuilder();
        private int hiddenDepth;

        TextCollector(int limit) {
            this.limit = limit;
        }

        String text() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            return text.substring(0, end);
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String elementName, List<String> attrs) {
            if (NO_TEXT.contains(elementName)) {
                hiddenDepth++;
            } else if (!INLINE.contains(elementName)) {
                append(" ");
            }
        }

        @Override
        public void closeTag(String elementName) {
            if (NO_TEXT.contains(elementName)) {
                hiddenDepth = Math.max(0, hiddenDepth - 1);
            } else if (!INLINE.contains(elementName)) {
                append(" ");
            }
        }

        @Override
        public void text(String chunk) {
            if (hiddenDepth == 0) {
                append(chunk);
            }
        }

        private void append(String chunk) {
            for (int i = 0; i < chunk.length() && text.length() < limit; i++) {
                char c = chunk.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else {
                    text.append(c);
                }
            }
        }
    }
}
