package org.civicportal.marketplace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a listing serves, written as providers' organisations write theirs: {@code US} for
 * the whole country or {@code US-OR} for a state (Canada likewise: {@code CA}, {@code CA-QC}). Read
 * from a comma-separated line, checked against the known codes, a token at a time (no pattern).
 */
public final class ListingRegions {

    /** The longest line of regions read; longer is refused before it is split. */
    public static final int MAX_TEXT_LENGTH = 600;

    /** The most regions one listing names. */
    public static final int MAX_REGIONS = 60;

    private static final Map<String, String> NAMES = names();

    /** What a line of regions reads as: the codes, or the problem to show next to the field. */
    public record Read(Set<String> codes, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private ListingRegions() {
    }

    /**
     * Reads "US-OR, us-wa, US" into codes; blank is no region (the form's own check asks for one).
     * An unknown code is named in the problem.
     */
    public static Read read(String text) {
        if (text == null || text.isBlank()) {
            return new Read(Set.of(), null);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return new Read(Set.of(), "Use at most " + MAX_TEXT_LENGTH + " characters.");
        }
        Set<String> codes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (NAMES.containsKey(code)) {
                codes.add(code);
            } else {
                unknown.add(part.strip());
            }
        }
        if (!unknown.isEmpty()) {
            return new Read(codes, "Write each region as US for the whole country or US-OR for a state (CA or CA-QC in Canada), "
                    + "separated by commas; not known: " + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))) + ".");
        }
        if (codes.size() > MAX_REGIONS) {
            return new Read(codes, "Name at most " + MAX_REGIONS + " regions; for the whole country write US.");
        }
        return new Read(codes, null);
    }

    /** The codes as a line to edit again: "US-OR, US-WA". */
    public static String line(Set<String> codes) {
        return String.join(", ", codes);
    }

    /** Whether the code is known. */
    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** The region's name ("Oregon", "United States"), or the code itself if unknown. */
    public static String labelOf(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** Every known region, code → name: the countries first, then their states and provinces. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(NAMES);
    }

    /** The country of a code: {@code US-OR} → {@code US}. */
    public static String countryOf(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("US", "United States (nationwide)");
        names.put("CA", "Canada (nationwide)");
        String[] us = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
            "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida",
            "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa",
            "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland",
            "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri",
            "MT", "Montana", "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey",
            "NM", "New Mexico", "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio",
            "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina",
            "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont",
            "VA", "Virginia", "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming"};
        for (int i = 0; i < us.length; i += 2) {
            names.put("US-" + us[i], us[i + 1]);
        }
        String[] ca = {"AB", "Alberta", "BC", "British Columbia", "MB", "Manitoba", "NB", "New Brunswick",
            "NL", "Newfoundland and Labrador", "NS", "Nova Scotia", "NT", "Northwest Territories", "NU", "Nunavut",
            "ON", "Ontario", "PE", "Prince Edward Island", "QC", "Quebec", "SK", "Saskatchewan", "YT", "Yukon"};
        for (int i = 0; i < ca.length; i += 2) {
            names.put("CA-" + ca[i], ca[i + 1]);
        }
        return names;
    }
}
