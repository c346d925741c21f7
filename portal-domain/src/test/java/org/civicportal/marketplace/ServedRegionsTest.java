package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServedRegionsTest {

    @Test
    void linesBecomeStateAndCountryCodesAndEmptyLinesAreLeftOut() {
        ServedRegions.Read read = ServedRegions.read(List.of(new RegionChoice("US", "or"), new RegionChoice(), new RegionChoice("ca", " "),
                new RegionChoice("US", "OR")));
        assertEquals(Map.of(), read.problems());
        assertEquals(Set.of("US-OR", "CA"), read.codes());
    }

    @Test
    void aLineThatCannotBeReadIsNamedByItsPlace() {
        ServedRegions.Read read = ServedRegions.read(List.of(new RegionChoice("US", "OR"), new RegionChoice("XX", "OR"),
                new RegionChoice("US", "Oregon"), new RegionChoice(null, "WA"), new RegionChoice("US", "O-R")));
        assertEquals(Set.of("regions[1].country", "regions[2].code", "regions[3].country", "regions[4].code"), read.problems().keySet());
        assertEquals("Choose a country from the list.", read.problems().get("regions[1].country"));
        assertTrue(read.problems().get("regions[2].code").startsWith("Enter the state or province code"), read.problems().toString());
        assertEquals(Set.of("US-OR"), read.codes());
    }

    @Test
    void aStateOfTheUnitedStatesOrAProvinceOfCanadaMustExistElsewhereTheCodeIsReadByItsShape() {
        ServedRegions.Read read = ServedRegions.read(List.of(new RegionChoice("US", "ZZ"), new RegionChoice("CA", "OR"),
                new RegionChoice("NZ", "AUK"), new RegionChoice("MX", null), new RegionChoice("CA", "qc")));
        assertEquals(Set.of("regions[0].code", "regions[1].code"), read.problems().keySet());
        assertEquals(Set.of("NZ-AUK", "MX", "CA-QC"), read.codes());
    }

    @Test
    void atLeastOneRegionAndNotTooManyLines() {
        assertEquals(Set.of("regions"), ServedRegions.read(List.of(new RegionChoice(), new RegionChoice())).problems().keySet());
        assertEquals(Set.of("regions"), ServedRegions.read(null).problems().keySet());
        List<RegionChoice> many = new ArrayList<>(Collections.nCopies(ServedRegions.MAX_LINES + 1, new RegionChoice("US", null)));
        assertTrue(ServedRegions.read(many).problems().get("regions").contains("at most"));
    }

    @Test
    void aHugeCodeIsRefusedUnread() {
        ServedRegions.Read read = ServedRegions.read(List.of(new RegionChoice("US", "A".repeat(1_000_000))));
        assertEquals(Set.of("regions[0].code"), read.problems().keySet());
    }

    @Test
    void storedCodesGoBackToLinesAndWords() {
        List<RegionChoice> lines = ServedRegions.linesOf(new java.util.TreeSet<>(Set.of("US-OR", "CA")), 4);
        assertEquals(4, lines.size());
        assertEquals("CA", lines.get(0).getCountry());
        assertEquals(null, lines.get(0).getCode());
        assertEquals("OR", lines.get(1).getCode());
        assertTrue(lines.get(3).isEmpty());
        assertEquals("OR, United States", ServedRegions.describe("US-OR"));
        assertEquals("Canada (the whole country)", ServedRegions.describe("CA"));
    }
}
