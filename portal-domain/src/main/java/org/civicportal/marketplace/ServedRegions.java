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
 * whole country) and as a form's lines of country and code, each line read by {@link RegionCodes}.
 */
public final class ServedRegions {

    /** How many lines the form offers. */
    public static final int MAX_LINES = 12;

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
            RegionCodes.Reading region = RegionCodes.read(line.getCountry(), line.getCode());
            if (region.ok()) {
                codes.add(region.code());
            } else {
                String field = region.problem() == RegionCodes.Problem.COUNTRY ? "country" : "code";
                problems.put("regions[" + i + "]." + field, region.problem().message());
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
        String country = RegionCodes.countryOf(code);
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        return country.equals(code) ? name + " (the whole country)" : code.substring(country.length() + 1) + ", " + name;
    }
}
