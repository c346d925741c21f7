package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionCodesTest {

    @Test
    void aCountryAndAStateReadAsTheSameCodeWhicheverFormTheyComeIn() {
        assertEquals(new RegionCodes.Reading("US-OR", null), RegionCodes.read(" us ", "or "));
        assertEquals(new RegionCodes.Reading("US-OR", null), RegionCodes.read(" us-Or "));
        assertEquals(new RegionCodes.Reading("CA", null), RegionCodes.read("ca", " "));
        assertEquals(new RegionCodes.Reading("CA", null), RegionCodes.read("CA"));
    }

    @Test
    void theCountryMustBeOneOfIsoAndTheStateKnownWhereThePortalNamesTheStates() {
        assertEquals(RegionCodes.Problem.COUNTRY, RegionCodes.read("XX", "OR").problem());
        assertEquals(RegionCodes.Problem.COUNTRY, RegionCodes.read("Oregon").problem());
        assertEquals(RegionCodes.Problem.COUNTRY, RegionCodes.read(null, "OR").problem());
        assertEquals(RegionCodes.Problem.SUBDIVISION, RegionCodes.read("US-XX").problem(), "no such state");
        assertEquals(RegionCodes.Problem.SUBDIVISION, RegionCodes.read("CA", "OR").problem(), "no such province");
        assertEquals(RegionCodes.Problem.SUBDIVISION, RegionCodes.read("US-").problem());
        assertEquals(RegionCodes.Problem.SUBDIVISION, RegionCodes.read("US", "O-R").problem());
        assertEquals(RegionCodes.Problem.SUBDIVISION, RegionCodes.read("NZ", "AUKL").problem());
        assertTrue(RegionCodes.read("NZ-AUK").ok(), "elsewhere, any code of ISO 3166-2's shape");
        assertEquals("Choose a country from the list.", RegionCodes.Problem.COUNTRY.message());
    }

    @Test
    void hugeTextIsRefusedUnread() {
        assertFalse(RegionCodes.read("US", "A".repeat(1_000_000)).ok());
        assertFalse(RegionCodes.read("U".repeat(1_000_000), null).ok());
    }

    @Test
    void namedRegionsHaveLabelsAndEveryCodeItsCountry() {
        assertEquals("Oregon", RegionCodes.labelOf("US-OR"));
        assertEquals("Quebec", RegionCodes.labelOf("CA-QC"));
        assertEquals("NZ-AUK", RegionCodes.labelOf("NZ-AUK"));
        assertTrue(RegionCodes.isNamed("US") && !RegionCodes.isNamed("MX") && !RegionCodes.isNamed(null));
        assertEquals("US", RegionCodes.countryOf("US-OR"));
        assertEquals("CA", RegionCodes.countryOf("CA"));
    }
}
