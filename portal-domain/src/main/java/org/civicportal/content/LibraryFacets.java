package org.civicportal.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The library's facets: their names, how they are indexed (sorted-set doc values, no taxonomy
 * index to keep in step), how filters become a drill-down query and how counts are read back.
 */
final class LibraryFacets {

    static final String TYPE = "type";
    static final String SERVICE_AREA = "serviceArea";
    static final String PARTNER_TYPE = "partnerType";
    static final String POPULATION_BAND = "populationBand";
    static final String YEAR = "year";

    /** Facet names in the order they are offered. */
    static final List<String> NAMES = List.of(TYPE, SERVICE_AREA, PARTNER_TYPE, POPULATION_BAND, YEAR);

    /** Most values listed for one facet. */
    static final int MAX_VALUES_SHOWN = 100;

    private LibraryFacets() {
    }

    /** How the facets are indexed; the same configuration must serve writing and searching. */
    static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(SERVICE_AREA, true);
        config.setMultiValued(PARTNER_TYPE, true);
        return config;
    }

    /**
     * The ordinal state of a reader, or null when no document has any facet yet (an empty index).
     * It is costly to build, so it is built once per refreshed reader, not per search.
     */
    static SortedSetDocValuesReaderState stateOf(IndexReader reader, FacetsConfig config) throws IOException {
        if (reader.numDocs() == 0) {
            return null;
        }
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsYet) {
            // only deleted documents carried facets: nothing to count
            return null;
        }
    }

    /** The base query narrowed by the request's filters: OR within a facet, AND across facets. */
    static DrillDownQuery drillDown(FacetsConfig config, Query base, SearchRequest request) {
        DrillDownQuery query = new DrillDownQuery(config, base);
        for (String facet : NAMES) {
            for (String value : request.selected(facet)) {
                query.add(facet, value);
            }
        }
        return query;
    }

    /**
     * The counts of every facet, each with its selected values marked. A selected value that no
     * longer matches anything is still listed (with 0) so the visitor can unselect it.
     */
    static Map<String, List<FacetCount>> counts(Facets facets, SearchRequest request) throws IOException {
        Map<String, List<FacetCount>> all = new LinkedHashMap<>();
        for (String facet : NAMES) {
            Set<String> selected = request.selected(facet);
            List<FacetCount> values = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            FacetResult result = topChildren(facets, facet);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue(), selected.contains(lv.label)));
                    listed.add(lv.label);
                }
            }
            for (String value : selected) {
                if (!listed.contains(value)) {
                    values.add(new FacetCount(value, 0, true));
                }
            }
            if (YEAR.equals(facet)) {
                // years read best newest first, whatever their counts
                values.sort(Comparator.comparing(FacetCount::value).reversed());
            }
            all.put(facet, List.copyOf(values));
        }
        return all;
    }

    private static FacetResult topChildren(Facets facets, String facet) throws IOException {
        if (facets == null) {
            return null;
        }
        try {
            return facets.getTopChildren(MAX_VALUES_SHOWN, facet);
        } catch (IllegalArgumentException notIndexedYet) {
            // no document carries this facet yet
            return null;
        }
    }
}
