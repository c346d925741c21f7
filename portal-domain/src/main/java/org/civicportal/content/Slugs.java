package org.civicportal.content;

import java.text.Normalizer;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Readable addresses for library items, made from their titles: "Évaluation des coûts (2024)"
 * becomes "evaluation-des-couts-2024".
 */
public final class Slugs {

    /** The longest slug, suffix included. */
    public static final int MAX_LENGTH = 80;
    /** What an item is called when its title has no letter or digit we can write in ASCII. */
    public static final String FALLBACK = "item";
    /** How many numbered variants {@link #uniqueSlug} tries before giving up. */
    static final int MAX_ATTEMPTS = 10_000;

    /** Only this much of a title is read; no slug needs more. */
    private static final int MAX_INPUT_LENGTH = 2_000;

    /** Letters that accents-stripping leaves alone, written as people write them in ASCII. */
    private static final Map<Character, String> SPELLED = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('ł', "l"), Map.entry('þ', "th"),
            Map.entry('ı', "i"));

    private Slugs() {
    }

    /**
     * A lower-case ASCII slug of a title: accents dropped, every other character a '-', runs of
     * '-' collapsed, none at either end, at most {@link #MAX_LENGTH} characters (cut at a dash
     * where there is one), and {@value #FALLBACK} if nothing is left.
     */
    public static String slugOf(String title) {
        if (title == null) {
            return FALLBACK;
        }
        String head = title.length() > MAX_INPUT_LENGTH ? title.substring(0, MAX_INPUT_LENGTH) : title;
        String decomposed = Normalizer.normalize(head, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String spelled = SPELLED.get(c);
            if (spelled != null) {
                slug.append(spelled);
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        String cut = cutAtDash(slug.toString(), MAX_LENGTH);
        return cut.isEmpty() ? FALLBACK : cut;
    }

    /**
     * The slug itself if it is free, otherwise the first free of slug-2, slug-3 and so on (the
     * base shortened so that the whole stays within {@link #MAX_LENGTH}).
     *
     * @param base  a slug; it is passed through {@link #slugOf} first, so any title will do
     * @param taken tells whether a slug is already used
     * @throws IllegalStateException if {@value #MAX_ATTEMPTS} variants are all taken
     */
    public static String uniqueSlug(String base, Predicate<String> taken) {
        String slug = slugOf(base);
        if (!taken.test(slug)) {
            return slug;
        }
        for (int n = 2; n <= MAX_ATTEMPTS; n++) {
            String suffix = "-" + n;
            String stem = cutAtDash(slug, MAX_LENGTH - suffix.length());
            String candidate = (stem.isEmpty() ? FALLBACK : stem) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free address for \"" + slug + "\" after " + MAX_ATTEMPTS + " tries");
    }

    /** At most max characters, cut at the last dash when the cut falls inside a word; no dash at the ends. */
    private static String cutAtDash(String slug, int max) {
        String cut = slug;
        if (slug.length() > max) {
            int dash = slug.lastIndexOf('-', max);
            cut = dash > 0 ? slug.substring(0, dash) : slug.substring(0, max);
        }
        int start = 0;
        int end = cut.length();
        while (start < end && cut.charAt(start) == '-') {
            start++;
        }
        while (end > start && cut.charAt(end - 1) == '-') {
            end--;
        }
        return cut.substring(start, end);
    }
}
