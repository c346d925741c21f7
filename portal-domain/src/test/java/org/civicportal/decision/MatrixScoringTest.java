package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Weighted totals, ties and sensitivity, by example and as properties over many random matrices. */
class MatrixScoringTest {

    private static final List<String> OPTIONS = List.of("Keep in-house", "Shared service", "Contract with a firm");
    private static final List<String> CRITERIA = List.of("Service level", "Annual cost", "Control");

    private static MatrixScoring matrix(int[] weights, int[][] scores) {
        return new MatrixScoring(OPTIONS, CRITERIA, weights, scores, ScoreScale.DEFAULT);
    }

    @Test
    void totalsAreWeightedAveragesWithTheArithmeticShown() {
        MatrixScoring m = matrix(new int[] {30, 50, 20}, new int[][] {{4, 2, 5}, {4, 4, 3}, {3, 5, 1}});
        assertEquals(new BigDecimal("3.20"), m.total(0));
        assertEquals(new BigDecimal("3.80"), m.total(1));
        assertEquals(new BigDecimal("3.60"), m.total(2));
        assertEquals("(30 \u00d7 4 + 50 \u00d7 4 + 20 \u00d7 3) \u00f7 100 = 3.80", m.arithmetic(1));
        assertEquals(List.of(List.of(1), List.of(2), List.of(0)), m.ranking());
        assertEquals("Shared service leads with 3.80.", m.verdict());
    }

    @Test
    void equalTotalsAreATieAndSaidSo() {
        MatrixScoring m = matrix(new int[] {1, 1, 0}, new int[][] {{4, 2, 5}, {3, 3, 1}, {1, 1, 1}});
        assertEquals(List.of(List.of(0, 1), List.of(2)), m.ranking());
        assertEquals("Tie: Keep in-house and Shared service, both 3.00.", m.verdict());
        assertTrue(Sensitivity.scores(m).isEmpty(), "a tie has no single leader to unseat");
    }

    @Test
    void impossibleMatricesAreRefusedInPlainWords() {
        assertEquals("All weights are zero. Give at least one criterion a weight above zero.", assertThrows(MatrixProblem.class,
                () -> matrix(new int[] {0, 0, 0}, new int[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}})).getMessage());
        assertEquals("Add at least a second option: a comparison needs two or more.", assertThrows(MatrixProblem.class,
                () -> new MatrixScoring(List.of("Keep in-house"), CRITERIA, new int[] {1, 1, 1}, new int[][] {{1, 1, 1}},
                        ScoreScale.DEFAULT)).getMessage());
        assertEquals("\u201cShared service\u201d on \u201cAnnual cost\u201d has 7. Scores run from 1 to 5.", assertThrows(MatrixProblem.class,
                () -> matrix(new int[] {1, 1, 1}, new int[][] {{1, 1, 1}, {1, 7, 1}, {1, 1, 1}})).getMessage());
    }

    @Test
    void theWeightFlipPointIsReportedExactly() {
        // shared service (380) leads in-house (320) by 60 and the contract (360) by 20. On control it
        // scores 2 less than in-house and 2 more than the contract: control's weight would have to
        // rise by more than 30 for in-house, but fall by only more than 10 for the contract
        MatrixScoring m = matrix(new int[] {30, 50, 20}, new int[][] {{4, 2, 5}, {4, 4, 3}, {3, 5, 1}});
        Sensitivity.WeightFlip control = Sensitivity.weights(m).get(2).orElseThrow();
        assertEquals(new BigDecimal("10.00"), control.tieAt(), "at 10 the contract and shared service are level");
        assertEquals(9, control.flipsAt(), "the nearer of the two flips");
        assertEquals(List.of(2), control.newLeaders());
        assertEquals(List.of(1, 2), m.withWeight(2, 10).leaders(), "the tie point really ties");
        assertEquals(List.of(0), m.withWeight(2, 51).leaders(), "and the other direction flips at 51");
    }

    @Test
    void scalingEveryWeightNeverChangesTheRanking() {
        Random random = new Random(20261125);
        for (int run = 0; run < 2_000; run++) {
            MatrixScoring m = randomMatrix(random);
            int factor = 2 + random.nextInt(4);
            int[] scaled = IntStream.range(0, m.criteria().size()).map(c -> m.weight(c) * factor).toArray();
            int[][] scores = scoresOf(m);
            MatrixScoring bigger = new MatrixScoring(m.options(), m.criteria(), scaled, scores, m.scale());
            assertEquals(m.ranking(), bigger.ranking());
            IntStream.range(0, m.options().size()).forEach(o -> assertEquals(m.total(o), bigger.total(o)));
        }
    }

    @Test
    void everyReportedWeightFlipReallyFlipsAndOneStepShortDoesNot() {
        Random random = new Random(7);
        int checked = 0;
        for (int run = 0; run < 2_000; run++) {
            MatrixScoring m = randomMatrix(random);
            if (m.leaders().size() > 1) {
                continue;
            }
            int leader = m.leaders().get(0);
            List<Optional<Sensitivity.WeightFlip>> flips = Sensitivity.weights(m);
            for (Optional<Sensitivity.WeightFlip> found : flips) {
                if (found.isEmpty()) {
                    continue;
                }
                Sensitivity.WeightFlip flip = found.get();
                MatrixScoring at = m.withWeight(flip.criterion(), flip.flipsAt());
                assertFalse(at.leaders().equals(List.of(leader)), "the leader changes at the reported weight");
                int step = flip.flipsAt() > flip.weight() ? -1 : 1;
                int shortOf = flip.flipsAt() + step;
                if (shortOf != flip.weight() && !(shortOf == 0 && m.weightSum() == m.weight(flip.criterion()))) {
                    assertTrue(m.withWeight(flip.criterion(), shortOf).leaders().contains(leader), "one step short it still leads or ties");
                }
                checked++;
            }
        }
        assertTrue(checked > 500, "enough flips were checked: " + checked);
    }

    @Test
    void everyReportedScoreChangeUnseatsTheLeaderAndIsTheSmallestForItsCell() {
        Random random = new Random(11);
        int checked = 0;
        for (int run = 0; run < 2_000; run++) {
            MatrixScoring m = randomMatrix(random);
            if (m.leaders().size() > 1) {
                continue;
            }
            int leader = m.leaders().get(0);
            for (Sensitivity.ScoreFlip flip : Sensitivity.scores(m)) {
                assertNotEquals(List.of(leader), m.withScore(flip.option(), flip.criterion(), flip.to()).leaders());
                int shortOf = flip.to() + (flip.to() > flip.from() ? -1 : 1);
                if (shortOf != flip.from()) {
                    assertTrue(m.withScore(flip.option(), flip.criterion(), shortOf).leaders().contains(leader));
                }
                checked++;
            }
        }
        assertTrue(checked > 500, "enough flips were checked: " + checked);
    }

    private static MatrixScoring randomMatrix(Random random) {
        int options = 2 + random.nextInt(3);
        int criteria = 1 + random.nextInt(5);
        int[] weights = IntStream.range(0, criteria).map(c -> random.nextInt(41)).toArray();
        if (IntStream.of(weights).sum() == 0) {
            weights[0] = 1;
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

    private static int[][] scoresOf(MatrixScoring m) {
        int[][] scores = new int[m.options().size()][m.criteria().size()];
        for (int o = 0; o < scores.length; o++) {
            for (int c = 0; c < scores[o].length; c++) {
                scores[o][c] = m.score(o, c);
            }
        }
        return scores;
    }
}
