package org.civicportal.content;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total number of documents matching the query and filters
 * @param hits the documents of this page, best first (or newest first for a listing)
 * @param facets facet name to its values with counts; the counts of a facet ignore that facet's own
 *               filter (drill-sideways), so a visitor sees what widening the choice would give
 * @param page the 1-based page actually returned
 * @param pageSize the page size actually used
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, int page, int pageSize) {

    /** Copies the lists so results can be shared between threads. */
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** Number of pages, at least 1. */
    public int pages() {
        return (int) Math.max(1, Math.min((total + pageSize - 1) / pageSize, SearchRequest.MAX_DEPTH / pageSize));
    }
}
