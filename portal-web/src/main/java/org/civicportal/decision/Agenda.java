package org.civicportal.decision;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The dialogue's disagreements in words, widest first: what the owner and the participants read. */
public final class Agenda {

    /** One line: what, the range of values, how wide, the average. */
    public record Item(String subject, String values, int spread, String average) {
    }

    private Agenda() {
    }

    static List<Item> of(Participation.Dialogue dialogue, MatrixContent content) {
        Map<String, String> names = cellNames(content);
        Stream<Item> grades = dialogue.grades().agenda().stream()
                .map(c -> new Item(names.get(c.key().name()), c.lowest() + " to " + c.highest() + " (of 1 to 3)", c.spread(),
                        c.average().toPlainString()));
        Stream<Item> scores = dialogue.scores().agenda().stream()
                .map(c -> new Item(names.get(c.key()), c.lowest() + " to " + c.highest(), c.spread(), c.average().toPlainString()));
        return Stream.concat(grades, scores).sorted(Comparator.comparingInt(Item::spread).reversed()).toList();
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
