package org.civicportal.content;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index's schema: field names and how a {@link SearchDocument} becomes a Lucene document.
 *
 * <p>The body of a members-only document goes to its own field, {@link #MEMBERS_BODY}. A visitor
 * who is not a member gets queries and snippets that never name that field, so the rule "members-only
 * bodies are invisible to non-members" holds by construction rather than by a filter that could be
 * forgotten.
 */
final class LibraryFields {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String TYPE_LABEL = "typeLabel";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    /** Body of a public document. */
    static final String BODY = "body";
    /** Body of a members-only document. */
    static final String MEMBERS_BODY = "membersBody";
    static final String URL = "url";
    static final String MEMBERS_ONLY = "membersOnly";
    static final String YEAR = "year";
    static final String PUBLISHED = "published";

    /**
     * Analysed, stored text with offsets in the postings: the highlighter then reads the offsets
     * instead of analysing a body of up to a million characters again for every hit.
     */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private LibraryFields() {
    }

    /** The term that identifies a document by key, for replacing and removing it. */
    static Term keyTerm(String key) {
        return new Term(KEY, key);
    }

    /** The searchable body fields for a visitor: members also search members-only bodies. */
    static String[] bodyFields(boolean member) {
        return member ? new String[] {BODY, MEMBERS_BODY} : new String[] {BODY};
    }

    /** The Lucene document for one library item, facets included (built through {@code config}). */
    static Document toLucene(SearchDocument doc, FacetsConfig config) throws IOException {
        Document d = new Document();
        d.add(new StringField(KEY, doc.key(), Field.Store.YES));
        // doc values of the key break ties in sorting, so paging is stable
        d.add(new SortedDocValuesField(KEY, new BytesRef(doc.key())));
        d.add(new StringField(TYPE, doc.type(), Field.Store.YES));
        d.add(new StoredField(TYPE_LABEL, doc.typeLabel()));
        d.add(new Field(TITLE, doc.title(), TEXT_WITH_OFFSETS));
        d.add(new Field(SUMMARY, doc.summary(), TEXT_WITH_OFFSETS));
        if (!doc.body().isEmpty()) {
            d.add(new Field(doc.membersOnly() ? MEMBERS_BODY : BODY, doc.body(), TEXT_WITH_OFFSETS));
        }
        d.add(new StoredField(URL, doc.url()));
        d.add(new StoredField(MEMBERS_ONLY, doc.membersOnly() ? 1 : 0));
        if (doc.year() != null) {
            d.add(new StoredField(YEAR, doc.year()));
        }
        d.add(new NumericDocValuesField(PUBLISHED,
                doc.published() == null ? Long.MIN_VALUE : doc.published().toEpochMilli()));

        d.add(new SortedSetDocValuesFacetField(LibraryFacets.TYPE, doc.type()));
        for (String area : doc.serviceAreas()) {
            d.add(new SortedSetDocValuesFacetField(LibraryFacets.SERVICE_AREA, area));
        }
        for (String partner : doc.partnerTypes()) {
            d.add(new SortedSetDocValuesFacetField(LibraryFacets.PARTNER_TYPE, partner));
        }
        if (doc.populationBand() != null) {
            d.add(new SortedSetDocValuesFacetField(LibraryFacets.POPULATION_BAND, doc.populationBand()));
        }
        if (doc.year() != null) {
            d.add(new SortedSetDocValuesFacetField(LibraryFacets.YEAR, doc.year().toString()));
        }
        return config.build(d);
    }
}
