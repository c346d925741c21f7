package org.civicportal.marketplace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a listing serves, written as providers' organisations write theirs: {@code US} for
 * the whole country or {@code US-OR} for a state (Canada likewise: {@code CA}, {@code CA-QC}). Read
 * from a comma-separated line, a code at a time by {@link RegionCodes} (no pattern); a listing names
 * only the regions the portal knows by name, those the directory filters by.
 */
public final class ListingRegions {

    /** The longest line of regions read; longer is refused before it is split. */
    public static final int MAX_TEXT_LENGTH = 600;

    /** The most regions one listing names. */
    public static final int MAX_REGIONS = 60;

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
            if (part.isBlank()) {
                continue;
            }
            RegionCodes.Reading region = RegionCodes.read(part.strip());
            if (region.ok() && RegionCodes.isNamed(region.code())) {
                codes.add(region.code());
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
}
