package org.civicportal.content;

import static org.civicportal.content.LibraryCorpus.faceted;
import static org.civicportal.content.LibraryCorpus.filtered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters (OR within a facet, AND across facets) and drill-sideways counts. */
class LibraryFacetsTest {

    private LibraryIndex index;

    @BeforeEach
    void fill() {
        index = LibraryIndex.inMemory();
        index.put(faceted("cs:1", "case-study", Set.of("Water", "Roads"), Set.of("County"), "small", 2021, "Water and roads"));
        index.put(faceted("cs:2", "case-study", Set.of("Water"), Set.of("City"), "large", 2022, "Water utility"));
        index.put(faceted("rs:3", "research-summary", Set.of("Roads"), Set.of("County", "State"), "small", 2022, "Road study"));
        index.put(faceted("bib:4", "bibliography", Set.of("Libraries"), Set.of(), "medium", 2023, "Library readings"));
        index.put(faceted("tr:5", "training", Set.of("Water"), Set.of("City"), "small", 2023, "Water training"));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static Set<String> keys(SearchResults results) {
        return results.hits().stream().map(SearchHit::key).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(SearchResults results, String facet) {
        return results.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void withoutFiltersEveryValueIsCountedAndTheNewestComeFirst() {
        SearchResults all = index.search(filtered("", Map.of()));
        assertEquals(5, all.total());
        assertEquals(Map.of("case-study", 2L, "research-summary", 1L, "bibliography", 1L, "training", 1L), counts(all, "type"));
        assertEquals(Map.of("Water", 3L, "Roads", 2L, "Libraries", 1L), counts(all, "serviceArea"));
        assertEquals(Map.of("County", 2L, "City", 2L, "State", 1L), counts(all, "partnerType"));
        assertEquals(Map.of("2021", 1L, "2022", 2L, "2023", 2L), counts(all, "year"));
        assertEquals(List.of("2023", "2022", "2021"), all.facets().get("year").stream().map(FacetCount::value).toList());
        assertEquals(List.of("bib:4", "tr:5", "cs:2", "rs:3", "cs:1"), all.hits().stream().map(SearchHit::key).toList());
    }

    @Test
    void valuesOfOneFacetAreAlternatives() {
        SearchResults results = index.search(filtered("", Map.of("type", Set.of("case-study", "training"))));
        assertEquals(Set.of("cs:1", "cs:2", "tr:5"), keys(results));
        // the type facet ignores its own filter, so the other types still show what they would add
        assertEquals(Map.of("case-study", 2L, "research-summary", 1L, "bibliography", 1L, "training", 1L),
                counts(results, "type"));
        assertTrue(results.facets().get("type").stream()
                .allMatch(c -> c.selected() == Set.of("case-study", "training").contains(c.value())));
        // the other facets count within the filtered results
        assertEquals(Map.of("Water", 3L, "Roads", 1L), counts(results, "serviceArea"));
    }

    @Test
    void facetsAreCombinedWithAnd() {
        SearchResults results = index.search(filtered("", Map.of(
                "serviceArea", Set.of("Water"), "populationBand", Set.of("small"))));
        assertEquals(Set.of("cs:1", "tr:5"), keys(results));
        assertEquals(2, results.total());
        // drill sideways: serviceArea counts apply the populationBand filter only, and vice versa
        assertEquals(Map.of("Water", 2L, "Roads", 2L), counts(results, "serviceArea"));
        assertEquals(Map.of("small", 2L, "large", 1L), counts(results, "populationBand"));
        assertEquals(Map.of("case-study", 1L, "training", 1L), counts(results, "type"));
    }

    @Test
    void filtersCombineWithWordsAndYears() {
        SearchResults results = index.search(filtered("water", Map.of("year", Set.of("2022", "2023"))));
        assertEquals(Set.of("cs:2", "tr:5"), keys(results));
        assertEquals(Map.of("2021", 1L, "2022", 1L, "2023", 1L), counts(results, "year"));
        assertEquals(Integer.valueOf(2022), results.hits().stream()
                .filter(h -> h.key().equals("cs:2")).findFirst().orElseThrow().year());
    }

    @Test
    void aSelectedValueWithoutResultsStaysListed() {
        SearchResults results = index.search(filtered("", Map.of("partnerType", Set.of("Tribe"))));
        assertEquals(0, results.total());
        assertTrue(results.facets().get("partnerType").contains(new FacetCount("Tribe", 0, true)));
        assertEquals(Map.of("County", 2L, "City", 2L, "State", 1L, "Tribe", 0L), counts(results, "partnerType"));
    }

    @Test
    void anEmptyIndexAnswersWithNothing() {
        try (LibraryIndex empty = LibraryIndex.inMemory()) {
            SearchResults results = empty.search(filtered("water", Map.of("type", Set.of("case-study"))));
            assertEquals(0, results.total());
            assertEquals(List.of(), results.hits());
            assertEquals(List.of(new FacetCount("case-study", 0, true)), results.facets().get("type"));
        }
    }
}
