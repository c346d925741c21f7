package org.civicportal.content;

/**
 * One value of a facet.
 *
 * @param value the value, as filtered on
 * @param count number of results the value would give (with the other facets' filters applied)
 * @param selected whether the request filters on it
 */
public record FacetCount(String value, long count, boolean selected) {
}
