package org.civicportal.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How firm the lead is. For each weight: how far it must move, alone, before the leading option
 * changes. For each score: the smallest change of that one score that would change the leader.
 * All exact: totals compare as whole-number weighted sums, so a reported point really is the
 * point where the order changes (checked against the matrix itself before it is reported).
 */
public final class Sensitivity {

    /** Weights run from 0 to this. */
    public static final int MAX_WEIGHT = 100;

    /**
     * Moving one criterion's weight to {@code flipsAt} (and beyond) ends the lead of the present
     * leader; at {@code tieAt} (rounded to two decimals) the two are level.
     */
    public record WeightFlip(int criterion, int weight, BigDecimal tieAt, int flipsAt, List<Integer> newLeaders) {
    }

    /** Changing this one score from {@code from} to {@code to} ends the lead of the present leader. */
    public record ScoreFlip(int option, int criterion, int from, int to, List<Integer> newLeaders) {

        public int size() {
            return Math.abs(to - from);
        }
    }

    /** Nearer first: by the distance of the flip from the present weight, then of the level point. */
    private static final Comparator<WeightFlip> NEARER = Comparator.<WeightFlip>comparingInt(f -> Math.abs(f.flipsAt() - f.weight()))
            .thenComparing(f -> f.tieAt().subtract(BigDecimal.valueOf(f.weight())).abs());

    private Sensitivity() {
    }

    /**
     * For each criterion, the nearest whole weight (0 to {@value #MAX_WEIGHT}) at which the leader
     * changes, or empty when no weight of that criterion alone changes it. Empty for all when the
     * lead is already a tie.
     */
    public static List<Optional<WeightFlip>> weights(MatrixScoring matrix) {
        List<Optional<WeightFlip>> flips = new ArrayList<>();
        for (int c = 0; c < matrix.criteria().size(); c++) {
            flips.add(weightFlip(matrix, c));
        }
        return flips;
    }

    private static Optional<WeightFlip> weightFlip(MatrixScoring matrix, int c) {
        List<Integer> leaders = matrix.leaders();
        if (leaders.size() > 1) {
            return Optional.empty();
        }
        int leader = leaders.get(0);
        int weight = matrix.weight(c);
        long othersWeight = matrix.weightSum() - weight;
        WeightFlip nearest = null;
        for (int o = 0; o < matrix.options().size(); o++) {
            if (o == leader) {
                continue;
            }
            long lead = matrix.weightedSum(leader) - matrix.weightedSum(o);
            int edge = matrix.score(leader, c) - matrix.score(o, c);
            if (edge == 0) {
                continue; // this criterion scores them alike: its weight cannot separate them
            }
            // the lead changes by edge per unit of weight: level when weight moves by lead / edge
            BigDecimal tie = BigDecimal.valueOf(weight).subtract(
                    BigDecimal.valueOf(lead).divide(BigDecimal.valueOf(edge), 10, RoundingMode.HALF_UP));
            long exactShift = lead / Math.abs(edge); // whole units of weight that keep the lead or only tie it
            int flipsAt = edge < 0 ? weight + (int) Math.min(MAX_WEIGHT + 1L, exactShift + 1)
                    : weight - (int) Math.min(weight + 1L, exactShift + 1);
            if (flipsAt < 0 || flipsAt > MAX_WEIGHT || (flipsAt == 0 && othersWeight == 0)) {
                continue;
            }
            // the nearest flip; of rivals overtaking at the same whole weight, the one drawing level
            // first, since that is where the present lead ends
            WeightFlip candidate = new WeightFlip(c, weight, tie, flipsAt, null);
            if (nearest == null || NEARER.compare(candidate, nearest) < 0) {
                nearest = candidate;
            }
        }
        if (nearest == null) {
            return Optional.empty();
        }
        List<Integer> after = matrix.withWeight(c, nearest.flipsAt()).leaders();
        return Optional.of(new WeightFlip(c, weight, nearest.tieAt().setScale(2, RoundingMode.HALF_UP), nearest.flipsAt(), after));
    }

    /**
     * Every single score change within the scale that ends the present leader's lead, the
     * smallest change for each cell, smallest first. Empty when the lead is already a tie.
     */
    public static List<ScoreFlip> scores(MatrixScoring matrix) {
        List<Integer> leaders = matrix.leaders();
        if (leaders.size() > 1) {
            return List.of();
        }
        int leader = leaders.get(0);
        long narrowestLead = Long.MAX_VALUE;
        for (int o = 0; o < matrix.options().size(); o++) {
            if (o != leader) {
                narrowestLead = Math.min(narrowestLead, matrix.weightedSum(leader) - matrix.weightedSum(o));
            }
        }
        ScoreScale scale = matrix.scale();
        List<ScoreFlip> flips = new ArrayList<>();
        for (int c = 0; c < matrix.criteria().size(); c++) {
            int weight = matrix.weight(c);
            if (weight == 0) {
                continue;
            }
            for (int o = 0; o < matrix.options().size(); o++) {
                int from = matrix.score(o, c);
                // a rival must gain more than its gap; the leader must lose more than its narrowest lead
                long gap = o == leader ? narrowestLead : matrix.weightedSum(leader) - matrix.weightedSum(o);
                long steps = gap / weight + 1;
                long to = o == leader ? from - steps : from + steps;
                if (to < scale.min() || to > scale.max()) {
                    continue;
                }
                List<Integer> after = matrix.withScore(o, c, (int) to).leaders();
                flips.add(new ScoreFlip(o, c, from, (int) to, after));
            }
        }
        flips.sort(Comparator.comparingInt(ScoreFlip::size).thenComparing(f -> -matrix.weight(f.criterion()))
                .thenComparingInt(ScoreFlip::option).thenComparingInt(ScoreFlip::criterion));
        return flips;
    }
}
