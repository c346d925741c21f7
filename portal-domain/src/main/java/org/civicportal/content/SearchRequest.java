package org.civicportal.content;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A search in the library as a visitor asked for it. Everything is capped here, before any parsing:
 * the text to {@value #MAX_TEXT} characters, the page size to {@value #MAX_PAGE_SIZE}, the page so
 * that no one walks deeper than {@value #MAX_DEPTH} results, and filters to the known facets.
 *
 * @param text the words typed; blank lists everything matching the filters, newest first
 * @param member whether the visitor is a member (may search and see members-only bodies)
 * @param filters facet name ({@code "type"}, {@code "serviceArea"}, {@code "partnerType"},
 *                {@code "populationBand"}, {@code "year"}) to the chosen values; values of one facet
 *                are alternatives (OR), facets all apply (AND); unknown facet names are ignored
 * @param page 1-based page number
 * @param pageSize results per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchRequest(String text, boolean member, Map<String, Set<String>> filters, int page, int pageSize) {

    /** Longest text searched; the rest is dropped before the words are read. */
    public static final int MAX_TEXT = 200;
    /** Most results on one page. */
    public static final int MAX_PAGE_SIZE = 50;
    /** Page size used when none (or a nonsensical one) is given. */
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** Deepest result reachable by paging; deeper pages are clamped to the last reachable one. */
    public static final int MAX_DEPTH = 10_000;
    static final int MAX_FILTER_VALUES = 30;

    /** Caps and copies everything so later code can trust it. */
    public SearchRequest {
        text = Texts.cap(text, MAX_TEXT).strip();
        pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        page = Math.max(1, Math.min(page, MAX_DEPTH / pageSize));
        filters = knownFilters(filters);
    }

    /** A first page of the given text, without filters. */
    public static SearchRequest of(String text, boolean member) {
        return new SearchRequest(text, member, Map.of(), 1, DEFAULT_PAGE_SIZE);
    }

    /** The chosen values of one facet, empty when none. */
    public Set<String> selected(String facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    private static Map<String, Set<String>> knownFilters(Map<String, Set<String>> asked) {
        Map<String, Set<String>> kept = new LinkedHashMap<>();
        if (asked == null) {
            return Map.of();
        }
        for (String facet : LibraryFacets.NAMES) {
            Set<String> values = asked.get(facet);
            if (values == null) {
                continue;
            }
            Set<String> capped = new LinkedHashSet<>();
            for (String value : values) {
                String v = Texts.blankToNull(value);
                if (v != null && v.length() <= SearchDocument.MAX_FACET_VALUE) {
                    capped.add(v);
                }
                if (capped.size() == MAX_FILTER_VALUES) {
                    break;
                }
            }
            if (!capped.isEmpty()) {
                kept.put(facet, Set.copyOf(capped));
            }
        }
        return Map.copyOf(kept);
    }
}
