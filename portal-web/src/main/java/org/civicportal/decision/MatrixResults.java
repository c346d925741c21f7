package org.civicportal.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the results pages show of a matrix, worked out once: the readiness chart's coordinates,
 * the partner outlooks, the ranked totals with their arithmetic, and the sensitivity findings in
 * plain sentences. Built from a stored matrix or from the public sample.
 */
public class MatrixResults {

    /** One option's line in the ranking. */
    public record Ranked(int place, boolean tied, String option, BigDecimal total, String arithmetic, int barPercent) {
    }

    /** The chart is 300 units square; scores run 7 to 21 on each axis. */
    private static final int CHART = 300;

    private final Readiness readiness;
    private final MatrixScoring scoring;
    private final String scoringProblem;
    // worked out on first use and kept: a page asks for each more than once (whether to show it, then to show it)
    private List<Ranked> ranking;
    private List<List<String>> profileRows;
    private List<String> weightFindings;
    private List<String> scoreFindings;

    public MatrixResults(Readiness readiness, MatrixScoring scoring, String scoringProblem) {
        this.readiness = readiness;
        this.scoring = scoring;
        this.scoringProblem = scoringProblem;
    }

    /** From a stored matrix: whatever parts are complete. */
    public static MatrixResults of(MatrixContent content) {
        Readiness readiness = content.readiness().orElse(null);
        try {
            MatrixScoring scoring = content.scoring().orElse(null);
            String missing = scoring == null ? content.unscored() + " score(s) still missing: the comparison appears once every option"
                    + " is scored on every criterion." : null;
            return new MatrixResults(readiness, scoring, missing);
        } catch (MatrixProblem problem) {
            return new MatrixResults(readiness, null, problem.getMessage());
        }
    }

    public boolean isReadinessComplete() {
        return readiness != null;
    }

    public Readiness getReadiness() {
        return readiness;
    }

    public boolean isScoringComplete() {
        return scoring != null;
    }

    public String getScoringProblem() {
        return scoringProblem;
    }

    /** Horizontal position of the point: the service score. */
    public int getPointX() {
        return toChart(readiness.serviceScore());
    }

    /** Vertical position of the point: the community score (up is higher). */
    public int getPointY() {
        return CHART - toChart(readiness.communityScore());
    }

    /** Where 14 falls on either axis. */
    public int getMidline() {
        return toChart(Readiness.FAVOURABLE_FROM);
    }

    private static int toChart(int score) {
        return (score - 7) * CHART / 14;
    }

    public String getVerdict() {
        return scoring.verdict();
    }

    public List<Ranked> getRanking() {
        if (ranking == null) {
            ranking = ranking();
        }
        return ranking;
    }

    private List<Ranked> ranking() {
        List<List<Integer>> places = scoring.ranking();
        return IntStream.range(0, places.size()).boxed()
                .flatMap(place -> places.get(place).stream().map(o -> new Ranked(place + 1, places.get(place).size() > 1,
                        scoring.options().get(o), scoring.total(o), scoring.arithmetic(o),
                        scoring.total(o).multiply(BigDecimal.valueOf(100)).divide(
                                BigDecimal.valueOf(scoring.scale().max()), 0, java.math.RoundingMode.HALF_UP).intValue())))
                .toList();
    }

    /** Each criterion with its weight and every option's score on it: the options' profiles side by side. */
    public List<List<String>> getProfileRows() {
        if (profileRows == null) {
            profileRows = profileRows();
        }
        return profileRows;
    }

    private List<List<String>> profileRows() {
        return IntStream.range(0, scoring.criteria().size()).mapToObj(c -> {
            List<String> row = new java.util.ArrayList<>();
            row.add(scoring.criteria().get(c));
            row.add(String.valueOf(scoring.weight(c)));
            IntStream.range(0, scoring.options().size()).forEach(o -> row.add(String.valueOf(scoring.score(o, c))));
            return row;
        }).toList();
    }

    public List<String> getOptions() {
        return scoring.options();
    }

    /** For each weight, a sentence: how far it must move before the leader changes, or that it cannot alone. */
    public List<String> getWeightFindings() {
        if (weightFindings == null) {
            weightFindings = weightFindings();
        }
        return weightFindings;
    }

    private List<String> weightFindings() {
        if (scoring.leaders().size() > 1) {
            return List.of("The lead is shared, so any change that favours one of the tied options decides it.");
        }
        List<Optional<Sensitivity.WeightFlip>> flips = Sensitivity.weights(scoring);
        return IntStream.range(0, flips.size()).mapToObj(c -> {
            String criterion = "\u201c" + scoring.criteria().get(c) + "\u201d (weight " + scoring.weight(c) + ")";
            return flips.get(c).map(flip -> criterion + ": at " + flip.flipsAt()
                    + (flip.flipsAt() > flip.weight() ? " or more" : " or less") + ", " + leaders(flip.newLeaders())
                    + " (level at " + flip.tieAt().stripTrailingZeros().toPlainString() + ").")
                    .orElse(criterion + ": no weight from 0 to " + Sensitivity.MAX_WEIGHT + " changes the leader on its own.");
        }).toList();
    }

    /** The smallest single score changes that would change the leader, at most eight. */
    public List<String> getScoreFindings() {
        if (scoreFindings == null) {
            scoreFindings = scoreFindings();
        }
        return scoreFindings;
    }

    private List<String> scoreFindings() {
        return Sensitivity.scores(scoring).stream().limit(8)
                .map(flip -> "\u201c" + scoring.options().get(flip.option()) + "\u201d on \u201c" + scoring.criteria().get(flip.criterion())
                        + "\u201d from " + flip.from() + " to " + flip.to() + ": " + leaders(flip.newLeaders()) + ".")
                .toList();
    }

    private String leaders(List<Integer> leaders) {
        if (leaders.size() == 1) {
            return scoring.options().get(leaders.get(0)) + " would lead";
        }
        return "a tie between " + leaders.stream().map(scoring.options()::get).collect(Collectors.joining(" and "));
    }
}
