package org.civicportal.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What participants' separate scores say together, cell by cell: the average and the spread (the
 * highest score less the lowest). The cells with the widest spread come first: they are the
 * agenda for the discussion.
 *
 * @param <K> what identifies a cell, e.g. a characteristic, or an option and a criterion
 */
public final class Disagreement<K> {

    /**
     * One cell across participants.
     *
     * @param apart how many answers differ from the most common one: 0 when all agree, and the
     *              larger, the more people stand apart (two camps of three: 3)
     */
    public record Cell<K>(K key, int responses, BigDecimal average, int lowest, int highest, int apart) {

        public int spread() {
            return highest - lowest;
        }
    }

    private final List<Cell<K>> cells;

    /** @param scores each cell's scores, one per participant who submitted (cells nobody scored are left out) */
    public Disagreement(Map<K, List<Integer>> scores) {
        this.cells = scores.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> cell(e.getKey(), e.getValue()))
                .toList();
    }

    private static <K> Cell<K> cell(K key, List<Integer> scores) {
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        int lowest = scores.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int highest = scores.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int mostCommon = scores.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).values().stream()
                .mapToInt(Long::intValue).max().orElseThrow();
        return new Cell<>(key, scores.size(), average, lowest, highest, scores.size() - mostCommon);
    }

    /** Every cell, in the order given. */
    public List<Cell<K>> cells() {
        return cells;
    }

    /** Cells people disagree on, widest spread first (ties keep the order given); cells all agree on are left out. */
    public List<Cell<K>> agenda() {
        return cells.stream().filter(c -> c.spread() > 0).sorted(Comparator.comparingInt((Cell<K> c) -> c.spread()).reversed()).toList();
    }
}
