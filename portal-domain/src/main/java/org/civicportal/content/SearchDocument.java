package org.civicportal.content;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One item of the research library as the search index sees it: plain text, facet values and
 * whether its body is for members only. Built by whoever reads the items from the database.
 *
 * <p>Texts are capped here, so that nothing oversized reaches the analyser: the body keeps its
 * first {@value #MAX_BODY} characters, which is far more than any real item and keeps one huge
 * attachment from dominating the index.
 *
 * @param key unique key such as {@code "case-study:12"}; replaces any earlier document with the same key
 * @param type code such as {@code "case-study"}, {@code "research-summary"}, {@code "bibliography"}
 * @param typeLabel the type as people read it, e.g. "Case study"
 * @param title public title
 * @param summary public summary
 * @param body plain text; for a members-only document it is searched and shown to members only
 * @param url where the item is read
 * @param membersOnly whether the body is reserved to members (title and summary stay public)
 * @param serviceAreas facet values, any number
 * @param partnerTypes facet values, any number
 * @param populationBand facet value or null
 * @param year facet value or null
 * @param published publication instant, for "newest first" listings; may be null
 */
public record SearchDocument(String key, String type, String typeLabel, String title, String summary,
                             String body, String url, boolean membersOnly, Set<String> serviceAreas,
                             Set<String> partnerTypes, String populationBand, Integer year, Instant published) {

    /** Longest body indexed, in characters. */
    public static final int MAX_BODY = 1_000_000;
    /** Longest key accepted. */
    public static final int MAX_KEY = 200;
    static final int MAX_TITLE = 1_000;
    static final int MAX_SUMMARY = 20_000;
    static final int MAX_SHORT = 2_000;
    static final int MAX_FACET_VALUE = 200;
    static final int MAX_FACET_VALUES = 50;

    /** Checks the key and type, caps every text and copies the sets. */
    public SearchDocument {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A library item needs a key to be indexed.");
        }
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("A library item's key is longer than " + MAX_KEY + " characters.");
        }
        if (type == null || type.isBlank() || type.length() > MAX_FACET_VALUE) {
            throw new IllegalArgumentException("The library item " + key + " has no valid type.");
        }
        typeLabel = Texts.cap(typeLabel == null ? type : typeLabel, MAX_SHORT);
        title = Texts.cap(title, MAX_TITLE);
        summary = Texts.cap(summary, MAX_SUMMARY);
        body = Texts.cap(body, MAX_BODY);
        url = Texts.cap(url, MAX_SHORT);
        serviceAreas = facetValues(serviceAreas);
        partnerTypes = facetValues(partnerTypes);
        populationBand = Texts.blankToNull(Texts.cap(populationBand, MAX_FACET_VALUE));
    }

    /** Non-blank values only, each capped, at most {@value #MAX_FACET_VALUES} of them, in their order. */
    private static Set<String> facetValues(Set<String> values) {
        Set<String> kept = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (kept.size() == MAX_FACET_VALUES) {
                    break;
                }
                String capped = Texts.blankToNull(Texts.cap(value, MAX_FACET_VALUE));
                if (capped != null) {
                    kept.add(capped);
                }
            }
        }
        return Set.copyOf(kept);
    }
}
