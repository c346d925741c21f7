package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity checked by brute force on many small random matrices: every whole weight from 0 to
 * 100 of every criterion, and every score of the scale in every cell, is tried on the matrix
 * itself, so a flip that {@link Sensitivity} fails to report is found, not only a wrong one.
 * "The leader changes" means what the results page says: the present leader is no longer among
 * the leaders (a change that only makes it level is not yet a change). The seeds are fixed, so a
 * failure names a matrix that can be rebuilt.
 */
class SensitivityBruteForceTest {

    private static final int MATRICES = 1_500;

    @Test
    void eachCriterionsReportedWeightIsTheNearestWholeWeightThatChangesTheLeader() {
        int flips = 0;
        int none = 0;
        for (int seed = 0; seed < MATRICES; seed++) {
            MatrixScoring m = randomMatrix(new Random(seed));
            List<Optional<Sensitivity.WeightFlip>> reported = Sensitivity.weights(m);
            assertEquals(m.criteria().size(), reported.size());
            if (m.leaders().size() > 1) {
                assertTrue(reported.stream().allMatch(Optional::isEmpty), "a tie reports no flip, seed " + seed);
                continue;
            }
            int leader = m.leaders().get(0);
            for (int c = 0; c < m.criteria().size(); c++) {
                String where = "seed " + seed + ", criterion " + c;
                int weight = m.weight(c);
                Set<Integer> nearest = new HashSet<>();
                int distance = Integer.MAX_VALUE;
                for (int w = 0; w <= Sensitivity.MAX_WEIGHT; w++) {
                    if (w == weight || (w == 0 && m.weightSum() == weight)) {
                        continue; // unchanged, or every weight zero: not a matrix
                    }
                    if (!m.withWeight(c, w).leaders().contains(leader)) {
                        int d = Math.abs(w - weight);
                        if (d < distance) {
                            distance = d;
                            nearest.clear();
                        }
                        if (d == distance) {
                            nearest.add(w);
                        }
                    }
                }
                Optional<Sensitivity.WeightFlip> found = reported.get(c);
                if (nearest.isEmpty()) {
                    assertTrue(found.isEmpty(), "no whole weight changes the leader, yet one is reported: " + where + " " + found);
                    none++;
                    continue;
                }
                assertTrue(found.isPresent(), "weights " + nearest + " change the leader but none is reported: " + where);
                Sensitivity.WeightFlip flip = found.get();
                assertTrue(nearest.contains(flip.flipsAt()), "nearest flips " + nearest + ", reported " + flip.flipsAt() + ": " + where);
                assertEquals(c, flip.criterion(), where);
                assertEquals(weight, flip.weight(), where);
                assertEquals(m.withWeight(c, flip.flipsAt()).leaders(), flip.newLeaders(), where);
                assertEquals(firstLevelWeight(m, c, leader, flip.flipsAt() > weight), flip.tieAt(), "where the lead ends: " + where);
                flips++;
            }
        }
        assertTrue(flips > 1_000 && none > 100, "both kinds were tried: " + flips + " flips, " + none + " without");
    }

    @Test
    void theReportedScoreChangesAreExactlyTheSmallestChangeOfEachCellThatChangesTheLeader() {
        int flips = 0;
        for (int seed = 0; seed < MATRICES; seed++) {
            MatrixScoring m = randomMatrix(new Random(seed));
            List<Sensitivity.ScoreFlip> reported = Sensitivity.scores(m);
            if (m.leaders().size() > 1) {
                assertEquals(List.of(), reported, "a tie reports no flip, seed " + seed);
                continue;
            }
            int leader = m.leaders().get(0);
            List<Sensitivity.ScoreFlip> expected = new ArrayList<>();
            for (int o = 0; o < m.options().size(); o++) {
                for (int c = 0; c < m.criteria().size(); c++) {
                    int from = m.score(o, c);
                    Sensitivity.ScoreFlip smallest = null;
                    for (int to = m.scale().min(); to <= m.scale().max(); to++) {
                        if (to == from) {
                            continue;
                        }
                        MatrixScoring changed = m.withScore(o, c, to);
                        if (!changed.leaders().contains(leader) && (smallest == null || Math.abs(to - from) < smallest.size())) {
                            smallest = new Sensitivity.ScoreFlip(o, c, from, to, changed.leaders());
                        }
                    }
                    if (smallest != null) {
                        expected.add(smallest);
                    }
                }
            }
            assertEquals(new HashSet<>(expected), new HashSet<>(reported), "seed " + seed);
            assertEquals(expected.size(), reported.size(), "one change per cell, seed " + seed);
            for (int i = 1; i < reported.size(); i++) {
                assertTrue(reported.get(i - 1).size() <= reported.get(i).size(), "smallest first, seed " + seed);
            }
            flips += reported.size();
        }
        assertTrue(flips > 2_500, "enough flips were tried: " + flips);
    }

    @Test
    void whenTwoRivalsOvertakeAtTheSameWeightTheLevelPointIsWhereTheLeadEndsFirst() {
        // the leader (10) leads B (5) by 5 and A (6) by 4; on "Control", weighted 0, both score 2 more.
        // Raising that weight levels A at 2 and B at 2.5, and both overtake at 3: the lead ends at 2,
        // though B is checked first
        MatrixScoring m = new MatrixScoring(List.of("Leader", "B", "A"), List.of("Service", "Cost", "Control"), new int[] {1, 1, 0},
                new int[][] {{5, 5, 1}, {3, 2, 3}, {3, 3, 3}}, ScoreScale.DEFAULT);
        Sensitivity.WeightFlip control = Sensitivity.weights(m).get(2).orElseThrow();
        assertEquals(3, control.flipsAt());
        assertEquals(List.of(2), control.newLeaders());
        assertEquals(new BigDecimal("2.00"), control.tieAt());
        assertEquals(List.of(0, 2), m.withWeight(2, 2).leaders(), "at 2 the leader and A are level");
    }

    /**
     * Where the leader stops leading alone when the criterion's weight moves up (or down): the
     * nearest exact weight, over all rivals, at which one of them draws level, to two decimals.
     */
    private static BigDecimal firstLevelWeight(MatrixScoring m, int c, int leader, boolean up) {
        BigDecimal nearest = null;
        for (int o = 0; o < m.options().size(); o++) {
            if (o == leader) {
                continue;
            }
            long lead = m.weightedSum(leader) - m.weightedSum(o);
            int edge = m.score(leader, c) - m.score(o, c);
            if (edge == 0 || (edge < 0) != up) {
                continue; // moving this way never brings this rival closer
            }
            BigDecimal shift = BigDecimal.valueOf(lead).divide(BigDecimal.valueOf(Math.abs(edge)), 10, RoundingMode.HALF_UP);
            if (nearest == null || shift.compareTo(nearest) < 0) {
                nearest = shift;
            }
        }
        BigDecimal weight = BigDecimal.valueOf(m.weight(c));
        return (up ? weight.add(nearest) : weight.subtract(nearest)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A small matrix: two to four options, one to four criteria, scores 1 to 5. Weights are small
     * in a third of the matrices (many exact ties and edge cases), anything from 0 to 100 otherwise,
     * and sometimes one criterion carries all the weight.
     */
    private static MatrixScoring randomMatrix(Random random) {
        int options = 2 + random.nextInt(3);
        int criteria = 1 + random.nextInt(4);
        int bound = switch (random.nextInt(3)) {
            case 0 -> 6;
            case 1 -> 31;
            default -> Sensitivity.MAX_WEIGHT + 1;
        };
        int[] weights = IntStream.range(0, criteria).map(c -> random.nextInt(bound)).toArray();
        if (random.nextInt(10) == 0) {
            int only = random.nextInt(criteria);
            for (int c = 0; c < criteria; c++) {
                weights[c] = c == only ? Math.max(1, weights[c]) : 0;
            }
        }
        if (IntStream.of(weights).sum() == 0) {
            weights[random.nextInt(criteria)] = 1 + random.nextInt(bound);
        }
        int[][] scores = new int[options][criteria];
        for (int[] row : scores) {
            for (int c = 0; c < criteria; c++) {
                row[c] = 1 + random.nextInt(5);
            }
        }
        List<String> optionNames = IntStream.range(0, options).mapToObj(o -> "Option " + o).toList();
        List<String> criterionNames = IntStream.range(0, criteria).mapToObj(c -> "Criterion " + c).toList();
        return new MatrixScoring(optionNames, criterionNames, weights, scores, ScoreScale.DEFAULT);
    }
}
