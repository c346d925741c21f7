package org.civicportal.content;

import static org.civicportal.content.LibraryCorpus.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the index: replacing by key, removing, rebuilding, visibility at commit, reopening. */
class LibraryIndexTest {

    private static List<String> keys(SearchResults results) {
        return results.hits().stream().map(SearchHit::key).toList();
    }

    @Test
    void putReplacesTheDocumentWithTheSameKey() {
        try (LibraryIndex index = LibraryIndex.inMemory()) {
            index.put(doc("case-study:1", "case-study", "Shared waste collection", "", ""));
            index.commit();
            index.put(doc("case-study:1", "case-study", "Joint road maintenance", "", ""));
            index.commit();
            assertEquals(0, index.search(SearchRequest.of("waste", false)).total());
            SearchResults roads = index.search(SearchRequest.of("road", false));
            assertEquals(List.of("case-study:1"), keys(roads));
            assertEquals("Joint road maintenance", roads.hits().get(0).title());
            assertEquals(1, index.search(new SearchRequest("", false, null, 1, 10)).total());
        }
    }

    @Test
    void changesAreVisibleOnlyAfterCommit() {
        try (LibraryIndex index = LibraryIndex.inMemory()) {
            assertTrue(index.isEmpty());
            assertEquals(0, index.search(SearchRequest.of("water", false)).total());
            index.put(doc("case-study:1", "case-study", "Regional water board", "", ""));
            assertFalse(index.isEmpty());
            assertEquals(0, index.search(SearchRequest.of("water", false)).total());
            index.commit();
            assertEquals(1, index.search(SearchRequest.of("water", false)).total());
        }
    }

    @Test
    void removeDeletesByKeyOnly() {
        try (LibraryIndex index = LibraryIndex.inMemory()) {
            index.put(doc("case-study:1", "case-study", "Shared library services", "", ""));
            index.put(doc("case-study:2", "case-study", "Shared fire services", "", ""));
            index.commit();
            index.remove("case-study:1");
            index.remove("no-such:key");
            index.remove(null);
            index.commit();
            assertEquals(List.of("case-study:2"), keys(index.search(SearchRequest.of("shared services", false))));
        }
    }

    @Test
    void replaceAllRebuildsTheWholeIndexAtCommit() {
        try (LibraryIndex index = LibraryIndex.inMemory()) {
            index.put(doc("case-study:1", "case-study", "Police cooperation", "", ""));
            index.put(doc("case-study:2", "case-study", "Police dispatch", "", ""));
            index.commit();
            index.replaceAll(List.of(
                    doc("training:1", "training", "Police leadership training", "", ""),
                    doc("bibliography:1", "bibliography", "Readings on transit", "", "")));
            // the previous content is served until the rebuild is committed
            assertEquals(2, index.search(SearchRequest.of("police", false)).total());
            index.commit();
            assertEquals(List.of("training:1"), keys(index.search(SearchRequest.of("police", false))));
            assertEquals(2, index.search(new SearchRequest("", false, null, 1, 10)).total());
        }
    }

    @Test
    void anIndexOnDiskKeepsItsContentAcrossReopening(@TempDir Path dir) {
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertTrue(index.isEmpty());
            index.put(doc("case-study:7", "case-study", "Broadband consortium", "", ""));
            index.commit();
        }
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            assertFalse(index.isEmpty());
            assertEquals(List.of("case-study:7"), keys(index.search(SearchRequest.of("broadband", false))));
        }
    }

    @Test
    void aBodyIsIndexedUpToItsCap() {
        String filler = "lorem ".repeat(SearchDocument.MAX_BODY / 6);
        SearchDocument big = doc("bibliography:9", "bibliography", "Long report", "",
                filler + " hiddenbeyondthecap");
        assertEquals(SearchDocument.MAX_BODY, big.body().length());
        try (LibraryIndex index = LibraryIndex.inMemory()) {
            index.put(big);
            index.put(doc("bibliography:10", "bibliography", "Other", "", filler.substring(0, 1000) + " nearthestart"));
            index.commit();
            assertEquals(0, index.search(SearchRequest.of("hiddenbeyondthecap", false)).total());
            assertEquals(1, index.search(SearchRequest.of("nearthestart", false)).total());
        }
    }
}
