package org.civicportal.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Weighted totals of delivery options, exactly: weights and scores are whole numbers, so an
 * option's total is the fraction Σ(weight × score) / Σ(weight), and options are compared by their
 * numerators, with no rounding. Equal totals are a tie, said as such. The arithmetic is kept so a
 * council can check it.
 */
public final class MatrixScoring {

    private final List<String> options;
    private final List<String> criteria;
    private final int[] weights;
    private final int[][] scores;
    private final ScoreScale scale;

    /**
     * @param options  option names, in the matrix's order
     * @param criteria criterion names, in the matrix's order
     * @param weights  one whole-number weight (0 or more) per criterion
     * @param scores   {@code scores[option][criterion]}, every cell scored
     * @throws MatrixProblem if the matrix cannot be totalled, with the reason in plain words
     */
    public MatrixScoring(List<String> options, List<String> criteria, int[] weights, int[][] scores, ScoreScale scale) {
        this.options = List.copyOf(options);
        this.criteria = List.copyOf(criteria);
        this.weights = weights.clone();
        this.scores = new int[scores.length][];
        for (int o = 0; o < scores.length; o++) {
            this.scores[o] = scores[o].clone();
        }
        this.scale = scale;
        check();
    }

    private void check() {
        if (options.size() < 2) {
            throw new MatrixProblem("Add at least a second option: a comparison needs two or more.");
        }
        if (criteria.isEmpty() || weights.length != criteria.size()) {
            throw new MatrixProblem("Give each criterion a weight.");
        }
        if (IntStream.of(weights).anyMatch(w -> w < 0)) {
            throw new MatrixProblem("Weights cannot be negative.");
        }
        if (IntStream.of(weights).sum() == 0) {
            throw new MatrixProblem("All weights are zero. Give at least one criterion a weight above zero.");
        }
        if (scores.length != options.size()) {
            throw new MatrixProblem("Score every option.");
        }
        for (int o = 0; o < scores.length; o++) {
            if (scores[o].length != criteria.size()) {
                throw new MatrixProblem("Score \u201c" + options.get(o) + "\u201d on every criterion.");
            }
            for (int c = 0; c < criteria.size(); c++) {
                if (!scale.contains(scores[o][c])) {
                    throw new MatrixProblem("\u201c" + options.get(o) + "\u201d on \u201c" + criteria.get(c) + "\u201d has "
                            + scores[o][c] + ". " + scale.describe());
                }
            }
        }
    }

    /** Σ(weight × score) of the option: its total times the sum of weights, a whole number. */
    public long weightedSum(int option) {
        long sum = 0;
        for (int c = 0; c < criteria.size(); c++) {
            sum += (long) weights[c] * scores[option][c];
        }
        return sum;
    }

    public long weightSum() {
        return IntStream.of(weights).asLongStream().sum();
    }

    /** The option's total on the scale, to two decimals (for display; comparisons use {@link #weightedSum}). */
    public BigDecimal total(int option) {
        return BigDecimal.valueOf(weightedSum(option)).divide(BigDecimal.valueOf(weightSum()), 2, RoundingMode.HALF_UP);
    }

    /** The sum written out, e.g. "(30 × 4 + 20 × 3) ÷ 50 = 3.60". Criteria weighted zero are left out. */
    public String arithmetic(int option) {
        String terms = IntStream.range(0, criteria.size())
                .filter(c -> weights[c] > 0)
                .mapToObj(c -> weights[c] + " \u00d7 " + scores[option][c])
                .collect(Collectors.joining(" + "));
        return "(" + terms + ") \u00f7 " + weightSum() + " = " + total(option).toPlainString();
    }

    /** Options from best to worst; options with equal totals share a place. */
    public List<List<Integer>> ranking() {
        List<Integer> order = IntStream.range(0, options.size()).boxed()
                .sorted(Comparator.comparingLong(this::weightedSum).reversed().thenComparing(o -> o))
                .toList();
        List<List<Integer>> places = new ArrayList<>();
        for (int option : order) {
            List<Integer> last = places.isEmpty() ? null : places.get(places.size() - 1);
            if (last != null && weightedSum(last.get(0)) == weightedSum(option)) {
                last.add(option);
            } else {
                places.add(new ArrayList<>(List.of(option)));
            }
        }
        return places.stream().map(List::copyOf).toList();
    }

    /** The option or options with the highest total (more than one is a tie). */
    public List<Integer> leaders() {
        return ranking().get(0);
    }

    /** E.g. "Shared service leads with 3.60." or "Tie: In-house and Shared service, both 3.40." */
    public String verdict() {
        List<Integer> leaders = leaders();
        if (leaders.size() == 1) {
            return options.get(leaders.get(0)) + " leads with " + total(leaders.get(0)).toPlainString() + ".";
        }
        return "Tie: " + leaders.stream().map(options::get).collect(Collectors.joining(" and "))
                + ", " + (leaders.size() == 2 ? "both " : "all ") + total(leaders.get(0)).toPlainString() + ".";
    }

    /** The same matrix with one weight changed. */
    public MatrixScoring withWeight(int criterion, int weight) {
        int[] changed = weights.clone();
        changed[criterion] = weight;
        return new MatrixScoring(options, criteria, changed, scores, scale);
    }

    /** The same matrix with one score changed. */
    public MatrixScoring withScore(int option, int criterion, int score) {
        int[][] changed = new int[scores.length][];
        for (int o = 0; o < scores.length; o++) {
            changed[o] = scores[o].clone();
        }
        changed[option][criterion] = score;
        return new MatrixScoring(options, criteria, weights, changed, scale);
    }

    public List<String> options() {
        return options;
    }

    public List<String> criteria() {
        return criteria;
    }

    public int weight(int criterion) {
        return weights[criterion];
    }

    public int score(int option, int criterion) {
        return scores[option][criterion];
    }

    public ScoreScale scale() {
        return scale;
    }
}
