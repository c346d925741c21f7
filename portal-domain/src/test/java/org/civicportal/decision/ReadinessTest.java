package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readiness matrix: scores, quadrants at their edges, partner outlooks; and the disagreement agenda. */
class ReadinessTest {

    private static Map<Characteristic, Integer> all(int grade) {
        Map<Characteristic, Integer> grades = new EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            grades.put(c, grade);
        }
        return grades;
    }

    @Test
    void sevenGradesASideMakeScoresFromSevenToTwentyOne() {
        assertEquals(7, new Readiness(all(1)).serviceScore());
        assertEquals(21, new Readiness(all(3)).communityScore());
        assertEquals(Readiness.Quadrant.READY, new Readiness(all(2)).quadrant(), "an average grade of 2 counts as favourable");
        assertEquals(Readiness.Quadrant.NOT_READY, new Readiness(all(1)).quadrant());
    }

    @Test
    void theQuadrantTurnsAtFourteen() {
        Map<Characteristic, Integer> grades = all(2);
        grades.put(Characteristic.UNIONS, 1); // community 13
        assertEquals(Readiness.Quadrant.SERVICE_READY, new Readiness(grades).quadrant());
        grades.put(Characteristic.COSTS, 1); // service 13
        assertEquals(Readiness.Quadrant.NOT_READY, new Readiness(grades).quadrant());
        grades.put(Characteristic.UNIONS, 2);
        assertEquals(Readiness.Quadrant.COMMUNITY_READY, new Readiness(grades).quadrant());
    }

    @Test
    void aServiceHardToSpecifyRulesOutAFirmWhateverTheMarket() {
        Map<Characteristic, Integer> grades = all(3);
        grades.put(Characteristic.CONTRACT_SPECIFICATION, 1);
        grades.put(Characteristic.NONPROFIT_PARTNERS, 1);
        List<Readiness.PartnerOutlook> partners = new Readiness(grades).partners();
        assertTrue(partners.get(0).plausible(), "public");
        assertFalse(partners.get(1).plausible(), "private");
        assertTrue(partners.get(1).reasons().contains(
                "The service is hard to specify and monitor in a contract, which makes contracting with a firm risky."));
        assertFalse(partners.get(2).plausible(), "nonprofit");
        assertEquals("Nonprofits able to take part are scarce or absent.", partners.get(2).reasons().get(0));
    }

    @Test
    void everyCharacteristicMustBeGradedOnTheScale() {
        Map<Characteristic, Integer> grades = all(2);
        grades.remove(Characteristic.COSTS);
        assertEquals("Grade every characteristic: one is still empty.", assertThrows(MatrixProblem.class, () -> new Readiness(grades)).getMessage());
        grades.put(Characteristic.COSTS, 4);
        assertEquals("Grades run from 1 to 3.", assertThrows(MatrixProblem.class, () -> new Readiness(grades)).getMessage());
    }

    @Test
    void theAgendaListsTheWidestDisagreementsFirstAndLeavesOutConsensus() {
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        scores.put("Annual cost", List.of(2, 3, 2));
        scores.put("Control", List.of(1, 5, 3));
        scores.put("Service level", List.of(4, 4, 4));
        scores.put("Financial risk", List.of());
        Disagreement<String> disagreement = new Disagreement<>(scores);
        assertEquals(3, disagreement.cells().size(), "nobody scored financial risk");
        assertEquals(List.of("Control", "Annual cost"), disagreement.agenda().stream().map(Disagreement.Cell::key).toList());
        assertEquals(new BigDecimal("2.33"), disagreement.cells().get(0).average());
        assertEquals(4, disagreement.agenda().get(0).spread());
    }
}
