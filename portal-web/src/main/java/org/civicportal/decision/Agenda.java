package org.civicportal.decision;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dialogue's disagreements in words, what truly divides the group first: what the owner and
 * the participants read.
 *
 * <p>Grades run from 1 to 3 and scores on the matrix's scale (1 to 5 by default), so a spread is
 * weighed against the width of its own scale: a grade of 1 against 3 divides as much as a score
 * of 1 against 5. Among equal spreads, the cell where more people stand apart from the most
 * common answer comes first, then the wider raw spread.
 */
public final class Agenda {

    /** How many disagreements the dialogue page lists before "show all". */
    static final int FIRST = 5;

    /**
     * One line: what, the range of values, how wide, the average.
     *
     * @param scaleWidth the width of the cell's scale (highest less lowest possible value)
     * @param apart      how many answers differ from the most common one
     */
    public record Item(String subject, String values, int spread, String average, int scaleWidth, int apart) {

        /** The spread as a share of its scale, compared without division. */
        int compareSpreadTo(Item other) {
            return Long.compare((long) spread * other.scaleWidth, (long) other.spread * scaleWidth);
        }
    }

    /** Widest relative spread first, then most people apart, then widest raw spread; otherwise the order given. */
    static final Comparator<Item> DIVIDES_MOST = ((Comparator<Item>) Item::compareSpreadTo)
            .thenComparingInt(Item::apart)
            .thenComparingInt(Item::spread)
            .reversed();

    /**
     * The dialogue page's agenda.
     *
     * @param first    the disagreements to show at once
     * @param rest     the others, behind "show all"
     * @param agreed   cells answered by two or more people that they all answered alike
     * @param compared cells answered by two or more people
     */
    public record Summary(List<Item> first, List<Item> rest, int agreed, int compared) {

        public int getDisagreements() {
            return first.size() + rest.size();
        }
    }

    private Agenda() {
    }

    /** Every disagreement, what divides most first (cells everyone agrees on are left out). */
    static List<Item> of(Participation.Dialogue dialogue, MatrixContent content) {
        Map<String, String> names = cellNames(content);
        ScoreScale scale = content.matrix().scale();
        Stream<Item> grades = dialogue.grades().agenda().stream()
                .map(c -> new Item(names.get(c.key().name()), c.lowest() + " to " + c.highest() + " (of 1 to 3)", c.spread(),
                        c.average().toPlainString(), 2, c.apart()));
        Stream<Item> scores = dialogue.scores().agenda().stream()
                .map(c -> new Item(names.get(c.key()), c.lowest() + " to " + c.highest(), c.spread(), c.average().toPlainString(),
                        scale.max() - scale.min(), c.apart()));
        return rank(Stream.concat(grades, scores).toList());
    }

    /** The dialogue page's agenda: the first few, the rest, and how many cells the group agrees on. */
    static Summary summary(Participation.Dialogue dialogue, MatrixContent content) {
        List<Item> all = of(dialogue, content);
        int agreed = 0;
        int compared = 0;
        for (Disagreement.Cell<?> cell : Stream.concat(dialogue.grades().cells().stream(), dialogue.scores().cells().stream()).toList()) {
            if (cell.responses() >= 2) {
                compared++;
                agreed += cell.spread() == 0 ? 1 : 0;
            }
        }
        return split(all, agreed, compared);
    }

    static List<Item> rank(List<Item> items) {
        return items.stream().sorted(DIVIDES_MOST).toList();
    }

    static Summary split(List<Item> ranked, int agreed, int compared) {
        int cut = Math.min(FIRST, ranked.size());
        return new Summary(ranked.subList(0, cut), ranked.subList(cut, ranked.size()), agreed, compared);
    }

    /** "Unions (readiness grade)", or "“Keep in-house” on “Annual cost”", by cell key. */
    static Map<String, String> cellNames(MatrixContent content) {
        Map<String, String> names = new HashMap<>();
        content.characteristics().forEach(c -> names.put(c.getCode().name(), c.getName() + " (readiness grade)"));
        content.options().forEach(o -> content.criteria().forEach(cr ->
                names.put(o.getId() + ":" + cr.getId(), "\u201c" + o.getName() + "\u201d on \u201c" + cr.getName() + "\u201d")));
        return names;
    }
}
