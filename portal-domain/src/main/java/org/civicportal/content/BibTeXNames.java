package org.civicportal.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits BibTeX name lists ("Brown, Trevor L. and Matthew Potoski and {World Bank}") into
 * authors, following BibTeX's rules: names are separated by "and" outside braces; a name with a
 * comma is "von Last, First" (or "von Last, Jr, First"), one without is "First von Last"; a name
 * in braces is kept whole, as organisations are written.
 */
final class BibTeXNames {

    private BibTeXNames() {
    }

    /** @return the raw (still LaTeX) names, each as {family, given} */
    static List<String[]> split(String field) {
        List<String[]> names = new ArrayList<>();
        for (String name : splitOnAnd(field)) {
            names.add(familyAndGiven(name));
        }
        return names;
    }

    private static List<String> splitOnAnd(String field) {
        List<String> parts = new ArrayList<>();
        List<String> words = words(field);
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            if (word.equalsIgnoreCase("and")) {
                addIfNotBlank(parts, current);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(word);
            }
        }
        addIfNotBlank(parts, current);
        return parts;
    }

    private static void addIfNotBlank(List<String> parts, StringBuilder current) {
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        current.setLength(0);
    }

    /** Splits on white space outside braces, so "{World Bank}" stays one word. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (current.length() > 0) {
                    words.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    private static String[] familyAndGiven(String name) {
        List<String> commaParts = splitOnTopLevelCommas(name);
        if (commaParts.size() >= 2) {
            // "von Last, First" or "von Last, Jr, First": the given names come last
            return new String[] {commaParts.get(0), commaParts.get(commaParts.size() - 1)};
        }
        List<String> words = words(name);
        if (words.size() == 1) {
            return new String[] {words.get(0), ""};
        }
        // "First von Last": the family name starts at the first lower-case word ("van", "de"), or is the last word
        int familyStart = words.size() - 1;
        for (int i = 1; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                familyStart = i;
                break;
            }
        }
        return new String[] {String.join(" ", words.subList(familyStart, words.size())),
                String.join(" ", words.subList(0, familyStart))};
    }

    private static List<String> splitOnTopLevelCommas(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(name.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(name.substring(start).strip());
        return parts;
    }
}
