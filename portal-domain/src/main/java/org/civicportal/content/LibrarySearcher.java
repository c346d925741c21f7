package org.civicportal.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Runs one {@link SearchRequest} on one point-in-time searcher: query, filters and facet counts in
 * a single drill-sideways pass, then the page's stored fields and snippets.
 */
final class LibrarySearcher {

    /** Relevance, then key: equal scores always come in the same order, so pages never overlap. */
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(LibraryFields.KEY, SortField.Type.STRING));
    /** Newest first, undated last, then key; for listings without words. */
    private static final Sort BY_DATE = byDate();

    private final FacetsConfig config;
    private final LibraryQueries queries;
    private final LibrarySnippets snippets;

    LibrarySearcher(Analyzer analyzer, FacetsConfig config) {
        this.config = config;
        this.queries = new LibraryQueries(analyzer);
        this.snippets = new LibrarySnippets(analyzer);
    }

    /** An index searcher that carries its reader's facet state, built once when the reader is opened. */
    static final class FacetedSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facetState;

        FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
            super(reader);
            this.facetState = facetState;
        }
    }

    /** Makes {@link FacetedSearcher}s for the searcher manager. */
    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader, LibraryFacets.stateOf(reader, config));
            }
        };
    }

    /** The page of results for the request. */
    SearchResults search(FacetedSearcher searcher, SearchRequest request) throws IOException {
        int page = request.page();
        int size = request.pageSize();
        if (searcher.facetState == null) {
            return new SearchResults(0, List.of(), LibraryFacets.counts(null, request), page, size);
        }
        boolean words = !request.text().isEmpty();
        Query textQuery = words ? queries.forText(request.text(), request.member(), searcher.getIndexReader()) : null;
        DrillDownQuery query = LibraryFacets.drillDown(config, words ? textQuery : new MatchAllDocsQuery(), request);

        DrillSideways sideways = new DrillSideways(searcher, config, searcher.facetState);
        int wanted = page * size;
        DrillSideways.DrillSidewaysResult result =
                sideways.search(query, null, null, wanted, words ? BY_RELEVANCE : BY_DATE, false);

        long total = total(result);
        ScoreDoc[] all = result.hits.scoreDocs;
        ScoreDoc[] onPage = all.length <= (page - 1) * size
                ? new ScoreDoc[0] : Arrays.copyOfRange(all, (page - 1) * size, Math.min(all.length, wanted));
        List<SearchHit> hits = hits(searcher, textQuery, request.member(), onPage);
        Map<String, List<FacetCount>> facets = LibraryFacets.counts(result.facets, request);
        return new SearchResults(total, hits, facets, page, size);
    }

    /** The same words as plain term lookups, top ten, no facets nor snippets: the benchmark's yardstick. */
    long plainLookup(IndexSearcher searcher, String text) throws IOException {
        TopDocs top = searcher.search(queries.plainTerms(new SearchRequest(text, false, Map.of(), 1, 10).text()), 10);
        return top.scoreDocs.length;
    }

    /** The exact number of matches, from the drill-down collector when the top-docs count is a lower bound. */
    private static long total(DrillSideways.DrillSidewaysResult result) {
        TotalHits hits = result.hits.totalHits;
        if (hits.relation == TotalHits.Relation.EQUAL_TO || result.drillDownFacetsCollector == null) {
            return hits.value;
        }
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : result.drillDownFacetsCollector.getMatchingDocs()) {
            total += docs.totalHits;
        }
        return total;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query textQuery, boolean member, ScoreDoc[] onPage)
            throws IOException {
        int[] docIds = new int[onPage.length];
        Document[] docs = new Document[onPage.length];
        String[] summaries = new String[onPage.length];
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < onPage.length; i++) {
            docIds[i] = onPage[i].doc;
            // only the small fields: bodies are read by the highlighter, and only where needed
            docs[i] = stored.document(docIds[i], java.util.Set.of(LibraryFields.KEY, LibraryFields.TYPE,
                    LibraryFields.TYPE_LABEL, LibraryFields.TITLE, LibraryFields.URL, LibraryFields.SUMMARY,
                    LibraryFields.MEMBERS_ONLY, LibraryFields.YEAR));
            summaries[i] = docs[i].get(LibraryFields.SUMMARY);
        }
        String[] snippetHtml = snippets.snippets(searcher, textQuery, member, docIds, summaries);
        List<SearchHit> hits = new ArrayList<>(onPage.length);
        for (int i = 0; i < onPage.length; i++) {
            Document d = docs[i];
            IndexableField year = d.getField(LibraryFields.YEAR);
            IndexableField membersOnly = d.getField(LibraryFields.MEMBERS_ONLY);
            hits.add(new SearchHit(d.get(LibraryFields.KEY), d.get(LibraryFields.TYPE), d.get(LibraryFields.TYPE_LABEL),
                    d.get(LibraryFields.TITLE), d.get(LibraryFields.URL), snippetHtml[i],
                    membersOnly != null && membersOnly.numericValue().intValue() == 1,
                    year == null ? null : year.numericValue().intValue()));
        }
        return hits;
    }

    private static Sort byDate() {
        SortField published = new SortField(LibraryFields.PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        return new Sort(published, new SortField(LibraryFields.KEY, SortField.Type.STRING));
    }
}
