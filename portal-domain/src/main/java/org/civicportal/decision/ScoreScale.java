package org.civicportal.decision;

/**
 * The whole-number scale options are scored on, stated on every scoring page (by default 1 to 5:
 * 1 = poor, 5 = excellent for the criterion).
 */
public record ScoreScale(int min, int max) {

    /** The scale a new matrix gets. */
    public static final ScoreScale DEFAULT = new ScoreScale(1, 5);

    public ScoreScale {
        if (min < 0 || max <= min || max > 100) {
            throw new IllegalArgumentException("A scale runs from a lower to a higher whole number, at most 100: " + min + "-" + max);
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /** E.g. "Scores run from 1 to 5." */
    public String describe() {
        return "Scores run from " + min + " to " + max + ".";
    }
}
