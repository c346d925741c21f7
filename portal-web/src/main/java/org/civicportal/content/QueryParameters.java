package org.civicportal.content;

import java.util.Optional;

/** Reads the numbers in the library's GET addresses ({@code ?page=2}, {@code ?area=7}): digits only, length first. */
final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number the text is, if it is one of at most {@code maxDigits} digits. */
    static Optional<Long> number(String text, int maxDigits) {
        if (text == null || text.isEmpty() || text.length() > maxDigits) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Long.parseLong(text));
    }

    /** A page number: 1 unless the text is a number from 1 to 9,999. */
    static int page(String text) {
        return number(text, 4).filter(n -> n >= 1).map(Long::intValue).orElse(1);
    }
}
