package org.civicportal.marketplace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a provider serves, as stored ({@code US-OR} for a state or province, {@code US} for a
 * whole country) and as a form's lines of country and code. A state code is one to three letters or
 * digits, as ISO 3166-2 writes them; the country must be one of ISO 3166's. Checked character by
 * character: no pattern runs on what was typed.
 */
public final class ServedRegions {

    /** How many lines the form offers. */
    public static final int MAX_LINES = 12;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ServedRegions() {
    }

    /** What a form's lines say: the stored codes, and a problem per line that cannot be read (keyed {@code regions[i].field}). */
    public record Read(Set<String> codes, Map<String, String> problems) {
    }

    /** Reads the lines, leaving out the empty ones; at least one region must be named. */
    public static Read read(List<RegionChoice> lines) {
        Set<String> codes = new TreeSet<>();
        Map<String, String> problems = new LinkedHashMap<>();
        List<RegionChoice> given = lines == null ? List.of() : lines;
        if (given.size() > MAX_LINES) {
            problems.put("regions", "Name at most " + MAX_LINES + " regions; choose a whole country for more.");
            return new Read(codes, problems);
        }
        for (int i = 0; i < given.size(); i++) {
            RegionChoice line = given.get(i);
            if (line == null || line.isEmpty()) {
                continue;
            }
            String country = upper(line.getCountry());
            String code = upper(line.getCode());
            if (country.isEmpty() || !COUNTRIES.contains(country)) {
                problems.put("regions[" + i + "].country", "Choose a country from the list.");
                continue;
            }
            if (code.isEmpty()) {
                codes.add(country);
            } else if (isSubdivisionCode(code)) {
                codes.add(country + "-" + code);
            } else {
                problems.put("regions[" + i + "].code", "Enter the state or province code, like OR or QC, or leave it empty for the whole country.");
            }
        }
        if (codes.isEmpty() && problems.isEmpty()) {
            problems.put("regions", "Name at least one region you serve: a country, or a state or province in it.");
        }
        return new Read(codes, problems);
    }

    /** The form's lines for stored codes, with empty lines up to {@code lines} to add more. */
    public static List<RegionChoice> linesOf(Set<String> codes, int lines) {
        List<RegionChoice> result = new ArrayList<>();
        for (String code : codes) {
            int dash = code.indexOf('-');
            result.add(dash < 0 ? new RegionChoice(code, null) : new RegionChoice(code.substring(0, dash), code.substring(dash + 1)));
        }
        while (result.size() < lines) {
            result.add(new RegionChoice());
        }
        return result;
    }

    /** A stored code in words: "OR, United States" or "United States (the whole country)". */
    public static String describe(String code) {
        int dash = code.indexOf('-');
        String country = dash < 0 ? code : code.substring(0, dash);
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        return dash < 0 ? name + " (the whole country)" : code.substring(dash + 1) + ", " + name;
    }

    /** One to three capital letters or digits. */
    static boolean isSubdivisionCode(String code) {
        if (code.isEmpty() || code.length() > 3) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static String upper(String text) {
        if (text == null) {
            return "";
        }
        // a line's fields are a few characters: anything long is refused as it is, unread
        return text.length() > 20 ? text : text.strip().toUpperCase(Locale.ROOT);
    }
}
