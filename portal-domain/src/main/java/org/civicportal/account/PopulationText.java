package org.civicportal.account;

/**
 * Reads a population as people type it: "12500", "12,500" or "12 500". Only digits and the
 * separators people put between groups of three are accepted; anything else (words, decimals,
 * signs) is not a population. The text's length is checked before any character is read.
 */
public final class PopulationText {

    /** Longest text looked at: "2,000,000,000" with a little room; longer is refused unread. */
    public static final int MAX_LENGTH = 20;
    /** The same upper bound a jurisdiction has. */
    public static final long MAX = 2_000_000_000L;

    public static final String MISSING = "Enter the population, as a whole number.";
    public static final String NOT_A_NUMBER = "Enter the population as a whole number, like 12500.";
    public static final String TOO_SMALL = "The population must be at least 1.";
    public static final String TOO_LARGE = "The population must be below 2 billion.";

    /** What a text says: a population, or which kind of mistake it is. */
    public enum Verdict { READ, MISSING, NOT_A_NUMBER, TOO_SMALL, TOO_LARGE }

    /** The outcome of reading one text; {@code value} is meaningful only when the verdict is READ. */
    public record Reading(Verdict verdict, int value) {

        public boolean isRead() {
            return verdict == Verdict.READ;
        }

        /** The message to show next to the field, or null when the text was read. */
        public String problem() {
            return switch (verdict) {
                case READ -> null;
                case MISSING -> MISSING;
                case NOT_A_NUMBER -> NOT_A_NUMBER;
                case TOO_SMALL -> TOO_SMALL;
                case TOO_LARGE -> TOO_LARGE;
            };
        }
    }

    private PopulationText() {
    }

    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return new Reading(Verdict.MISSING, 0);
        }
        if (text.length() > MAX_LENGTH) {
            return new Reading(Verdict.TOO_LARGE, 0);
        }
        String typed = text.strip();
        long value = 0;
        int digits = 0;
        boolean tooLarge = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (!tooLarge) { // past the bound, stop counting: a long run of digits cannot overflow
                    value = value * 10 + (c - '0');
                    tooLarge = value > MAX;
                }
            } else if (!isGroupSeparator(c)) {
                return new Reading(Verdict.NOT_A_NUMBER, 0);
            }
        }
        if (digits == 0) {
            return new Reading(Verdict.NOT_A_NUMBER, 0);
        }
        if (tooLarge) {
            return new Reading(Verdict.TOO_LARGE, 0);
        }
        if (value < 1) {
            return new Reading(Verdict.TOO_SMALL, 0);
        }
        return new Reading(Verdict.READ, (int) value);
    }

    /** Comma, apostrophe (Swiss) and the spaces used between thousands, ordinary and no-break. */
    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '\'' || c == ' ' || c == '\u00a0' || c == '\u202f';
    }
}
