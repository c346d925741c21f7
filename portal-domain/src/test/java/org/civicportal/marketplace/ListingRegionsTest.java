package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingRegionsTest {

    @Test
    void codesAreReadWhateverTheirCaseAndSpacing() {
        ListingRegions.Read read = ListingRegions.read(" us-or,US-WA , us ,, ");
        assertTrue(read.ok(), read.problem());
        assertEquals(Set.of("US", "US-OR", "US-WA"), read.codes());
        assertEquals("US, US-OR, US-WA", ListingRegions.line(read.codes()));
    }

    @Test
    void unknownCodesAreNamedInTheProblem() {
        ListingRegions.Read read = ListingRegions.read("US-OR, Oregon, US-XX");
        assertFalse(read.ok());
        assertTrue(read.problem().contains("Oregon, US-XX"), read.problem());
    }

    @Test
    void aListingNamesOnlyRegionsThePortalKnowsByName() {
        ListingRegions.Read read = ListingRegions.read("CA-QC, MX, NZ-AUK, US-");
        assertEquals(Set.of("CA-QC"), read.codes());
        assertTrue(read.problem().endsWith("not known: MX, NZ-AUK, US-."), read.problem());
    }

    @Test
    void aHugeLineIsRefusedBeforeItIsSplit() {
        ListingRegions.Read read = ListingRegions.read("US-OR,".repeat(200_000));
        assertFalse(read.ok());
        assertEquals("Use at most 600 characters.", read.problem());
    }

    @Test
    void blankIsNoRegion() {
        assertTrue(ListingRegions.read("  ").codes().isEmpty());
        assertTrue(ListingRegions.read("  ").ok());
    }
}
