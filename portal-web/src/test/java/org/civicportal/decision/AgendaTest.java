package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static Agenda.Item item(String subject, int spread, int scaleWidth, int apart) {
        return new Agenda.Item(subject, "", spread, "", scaleWidth, apart);
    }

    @Test
    void aSpreadIsWeighedAgainstItsOwnScale() {
        // 1 against 3 on a grade spans the whole scale; 2 against 4 on a 1-to-5 score spans half of it
        List<Agenda.Item> ranked = Agenda.rank(List.of(item("score", 2, 4, 1), item("grade", 2, 2, 1), item("small", 1, 4, 1)));
        assertEquals(List.of("grade", "score", "small"), ranked.stream().map(Agenda.Item::subject).toList());
    }

    @Test
    void amongEqualSpreadsMorePeopleApartComesFirst() {
        // five people: one outlier against four who agree, or a group split three to two
        Disagreement<String> cells = new Disagreement<>(Map.of(
                "outlier", List.of(1, 5, 5, 5, 5),
                "split", List.of(1, 1, 5, 5, 5)));
        Map<String, Integer> apart = new java.util.HashMap<>();
        cells.cells().forEach(c -> apart.put(c.key(), c.apart()));
        assertEquals(Map.of("outlier", 1, "split", 2), apart);
        List<Agenda.Item> ranked = Agenda.rank(List.of(item("outlier", 4, 4, apart.get("outlier")), item("split", 4, 4, apart.get("split"))));
        assertEquals(List.of("split", "outlier"), ranked.stream().map(Agenda.Item::subject).toList());
    }

    @Test
    void theFirstFewShowAndTheRestWait() {
        List<Agenda.Item> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(item("cell " + i, 1 + i % 4, 4, 1));
        }
        Agenda.Summary summary = Agenda.split(Agenda.rank(many), 3, 53);
        assertEquals(Agenda.FIRST, summary.first().size());
        assertEquals(50 - Agenda.FIRST, summary.rest().size());
        assertEquals(50, summary.getDisagreements());
        summary.first().forEach(i -> assertEquals(4, i.spread(), "the widest spreads come first"));
        assertEquals(3, summary.agreed());
    }

    @Test
    void fewerThanTheLimitLeaveNothingBehindShowAll() {
        Agenda.Summary summary = Agenda.split(List.of(item("only", 1, 4, 1)), 0, 1);
        assertEquals(1, summary.first().size());
        assertEquals(List.of(), summary.rest());
    }
}
