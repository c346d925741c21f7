package org.civicportal.marketplace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A region a provider or a listing serves, as the marketplace stores it: a country ({@code US}) or
 * a state or province in it ({@code US-OR}). The one reader of such a code, for the provider's form
 * (a country and a code, {@link ServedRegions}) and the listing's line ("US-OR, US-WA",
 * {@link ListingRegions}): the country must be one of ISO 3166's; a state or province code is one
 * to three letters or digits, as ISO 3166-2 writes them, and, in the countries whose states and
 * provinces the portal knows by name (the United States and Canada), one of those. Checked
 * character by character: no pattern runs on what was typed.
 */
public final class RegionCodes {

    /** Longer than any part of a code: such text is refused as it is, unread. */
    private static final int MAX_PART_LENGTH = 20;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Map<String, String> NAMED = nameTable();

    /** The part of a region that cannot be read, with what the form says about it. */
    public enum Problem {
        COUNTRY("Choose a country from the list."),
        SUBDIVISION("Enter the state or province code, like OR or QC, or leave it empty for the whole country.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** A region as read: its code, or the problem that kept it from being one. */
    public record Reading(String code, Problem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private RegionCodes() {
    }

    /**
     * Reads a country and a state or province code, either blank for the whole country, whatever
     * their case and surrounding spaces.
     */
    public static Reading read(String country, String subdivision) {
        String countryCode = upper(country);
        if (!COUNTRIES.contains(countryCode)) {
            return new Reading(null, Problem.COUNTRY);
        }
        String subdivisionCode = upper(subdivision);
        if (subdivisionCode.isEmpty()) {
            return new Reading(countryCode, null);
        }
        String code = countryCode + "-" + subdivisionCode;
        boolean known = isSubdivisionCode(subdivisionCode) && (isNamed(code) || !namesSubdivisionsOf(countryCode));
        return known ? new Reading(code, null) : new Reading(null, Problem.SUBDIVISION);
    }

    /** Reads a code as written, {@code us-or} or {@code US}: a country, and a state or province after a dash. */
    public static Reading read(String written) {
        String code = written == null ? "" : written;
        int dash = code.indexOf('-');
        if (dash < 0) {
            return read(code, null);
        }
        String subdivision = code.substring(dash + 1);
        // "US-" names no state, and is not the whole country either
        return subdivision.isBlank() ? new Reading(null, Problem.SUBDIVISION) : read(code.substring(0, dash), subdivision);
    }

    /** Whether the portal knows the region by name: the United States, Canada, their states and provinces. */
    public static boolean isNamed(String code) {
        return code != null && NAMED.containsKey(code);
    }

    /** The region's name ("Oregon", "United States (nationwide)"), or the code itself if the portal has none for it. */
    public static String labelOf(String code) {
        return NAMED.getOrDefault(code, code);
    }

    /** Every region the portal knows by name, code → name: the countries first, then their states and provinces. */
    public static Map<String, String> named() {
        return Collections.unmodifiableMap(NAMED);
    }

    /** The country of a code: {@code US-OR} → {@code US}. */
    public static String countryOf(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    private static boolean namesSubdivisionsOf(String country) {
        return NAMED.containsKey(country);
    }

    /** One to three capital letters or digits. */
    private static boolean isSubdivisionCode(String code) {
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
        return text.length() > MAX_PART_LENGTH ? text : text.strip().toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> nameTable() {
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
