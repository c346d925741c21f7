package org.civicportal.content;

import static org.civicportal.content.LibraryCorpus.faceted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Searches from several threads while the feeder writes and commits. */
class LibraryConcurrencyTest {

    @Test
    void searchesRunWhileTheIndexIsUpdated() throws Exception {
        try (LibraryIndex index = LibraryIndex.inMemory()) {
            for (int i = 0; i < 50; i++) {
                index.put(faceted("cs:" + i, "case-study", Set.of("Water"), Set.of("City"), "small", 2020 + i % 4,
                        "Water project " + i));
            }
            index.commit();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> searchers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    searchers.add(pool.submit(() -> {
                        int searches = 0;
                        while (writing.get() || searches < 20) {
                            SearchResults r = index.search(new SearchRequest("water project", false,
                                    Map.of("year", Set.of("2021", "2022")), 1, 10));
                            // every view is a committed one: 50 documents, 25 of them in 2021 or 2022
                            assertTrue(r.total() >= 24 && r.total() <= 26, "total " + r.total());
                            searches++;
                        }
                        return searches;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    for (int round = 0; round < 30; round++) {
                        int i = round % 50;
                        index.put(faceted("cs:" + i, "case-study", Set.of("Water"), Set.of("County"), "large",
                                2020 + i % 4, "Water project revised " + round));
                        if (round % 10 == 9) {
                            index.replaceAll(List.copyOf(rebuilt()));
                        }
                        index.commit();
                    }
                    writing.set(false);
                    return null;
                });
                writer.get(60, TimeUnit.SECONDS);
                for (Future<Integer> searcher : searchers) {
                    assertTrue(searcher.get(60, TimeUnit.SECONDS) >= 20);
                }
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }
            assertEquals(50, index.search(new SearchRequest("water", false, Map.of(), 1, 10)).total());
        }
    }

    private static List<SearchDocument> rebuilt() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            docs.add(faceted("cs:" + i, "case-study", Set.of("Water"), Set.of("City"), "small", 2020 + i % 4,
                    "Water project " + i));
        }
        return docs;
    }
}
