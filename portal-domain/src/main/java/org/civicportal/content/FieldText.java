package org.civicportal.content;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the bibliography readers and writers. */
final class FieldText {

    private FieldText() {
    }

    /**
     * Reads a year from the first run of four digits ("2003///", "2003-05-01", "c2003").
     *
     * @return the year, or null when there is no run of exactly four digits
     */
    static Integer yearOf(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        int n = Math.min(text.length(), 100);
        while (i < n && !isAsciiDigit(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i - start == 4 ? Integer.valueOf(text.substring(start, i)) : null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Splits a list of keywords written with commas or semicolons. */
    static List<String> splitTags(String text) {
        List<String> tags = new ArrayList<>();
        if (text == null) {
            return tags;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                addIfNotBlank(tags, current);
            } else {
                current.append(c);
            }
        }
        addIfNotBlank(tags, current);
        return tags;
    }

    private static void addIfNotBlank(List<String> tags, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            tags.add(s);
        }
        current.setLength(0);
    }

    /** Splits "441-468", "441--468" or "441–468" into first and last page; the last may be null. */
    static String[] splitPages(String pages) {
        if (pages == null) {
            return new String[] {null, null};
        }
        int dash = -1;
        for (int i = 0; i < pages.length(); i++) {
            char c = pages.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                dash = i;
                break;
            }
        }
        if (dash < 0) {
            return new String[] {pages.strip(), null};
        }
        int end = dash;
        while (end < pages.length() && (pages.charAt(end) == '-' || pages.charAt(end) == '\u2013'
                || pages.charAt(end) == '\u2014')) {
            end++;
        }
        String last = pages.substring(end).strip();
        return new String[] {pages.substring(0, dash).strip(), last.isEmpty() ? null : last};
    }

    /** Joins first and last page with a hyphen, the form stored in the library. */
    static String joinPages(String first, String last) {
        if (first == null || first.isBlank()) {
            return last;
        }
        return last == null || last.isBlank() ? first.strip() : first.strip() + "-" + last.strip();
    }

    /** "The year is missing." becomes "the year is missing.", to follow "Line 14: ". */
    static String decapitalise(String sentence) {
        if (sentence.isEmpty() || Character.isUpperCase(sentence.charAt(1 < sentence.length() ? 1 : 0))) {
            return sentence; // keeps "DOI ..." and similar abbreviations as they are
        }
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** Keeps a value on one line: line breaks and tabs become single spaces. */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = c == ' ';
            }
        }
        return b.toString().strip();
    }
}
