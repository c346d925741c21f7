package org.civicportal.decision;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A matrix with everything its pages show: options, criteria, the characteristics with their
 * guidance, and the grades and scores given so far. Turns them into the arithmetic once complete.
 */
public record MatrixContent(DecisionMatrix matrix, List<MatrixOption> options, List<MatrixCriterion> criteria,
                            List<ReadinessCharacteristic> characteristics, Map<Characteristic, MatrixGrade> grades,
                            Map<MatrixScore.Key, MatrixScore> scores) {

    public Optional<MatrixGrade> grade(Characteristic characteristic) {
        return Optional.ofNullable(grades.get(characteristic));
    }

    public Optional<MatrixScore> score(long optionId, long criterionId) {
        return Optional.ofNullable(scores.get(new MatrixScore.Key(optionId, criterionId)));
    }

    /** How many characteristics still have no grade. */
    public int ungraded() {
        return characteristics.size() - grades.size();
    }

    /** How many cells (option × criterion) still have no score. */
    public int unscored() {
        int cells = options.size() * criteria.size();
        int scored = (int) options.stream()
                .mapToLong(o -> criteria.stream().filter(c -> scores.containsKey(new MatrixScore.Key(o.getId(), c.getId()))).count())
                .sum();
        return cells - scored;
    }

    /** The readiness result, once every characteristic is graded. */
    public Optional<Readiness> readiness() {
        if (ungraded() > 0) {
            return Optional.empty();
        }
        Map<Characteristic, Integer> values = new EnumMap<>(Characteristic.class);
        grades.forEach((characteristic, grade) -> values.put(characteristic, grade.getGrade()));
        return Optional.of(new Readiness(values));
    }

    /**
     * The weighted comparison, once every cell is scored.
     *
     * @throws MatrixProblem if it cannot be totalled (all weights zero, a single option)
     */
    public Optional<MatrixScoring> scoring() {
        if (unscored() > 0) {
            return Optional.empty();
        }
        int[] weights = criteria.stream().mapToInt(MatrixCriterion::getWeight).toArray();
        int[][] values = new int[options.size()][criteria.size()];
        for (int o = 0; o < options.size(); o++) {
            for (int c = 0; c < criteria.size(); c++) {
                values[o][c] = scores.get(new MatrixScore.Key(options.get(o).getId(), criteria.get(c).getId())).getScore();
            }
        }
        return Optional.of(new MatrixScoring(options.stream().map(MatrixOption::getName).toList(),
                criteria.stream().map(MatrixCriterion::getName).toList(), weights, values, matrix.scale()));
    }
}
