package org.civicportal.content;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Small documents for the search tests. */
final class LibraryCorpus {

    private LibraryCorpus() {
    }

    static SearchDocument doc(String key, String type, String title, String summary, String body) {
        return new SearchDocument(key, type, label(type), title, summary, body, "/library/" + key.replace(':', '/'),
                false, Set.of(), Set.of(), null, null, null);
    }

    static SearchDocument faceted(String key, String type, Set<String> areas, Set<String> partners, String band,
                                  int year, String title) {
        return new SearchDocument(key, type, label(type), title, "Summary of " + title, "Body of " + title,
                "/library/" + key, false, areas, partners, band, year, Instant.parse(year + "-06-01T00:00:00Z"));
    }

    static SearchDocument membersOnly(String key, String title, String summary, String body) {
        return new SearchDocument(key, "research-summary", "Research summary", title, summary, body, "/library/" + key,
                true, Set.of(), Set.of(), null, 2024, null);
    }

    static SearchRequest filtered(String text, Map<String, Set<String>> filters) {
        return new SearchRequest(text, false, filters, 1, 50);
    }

    private static String label(String type) {
        return switch (type) {
            case "case-study" -> "Case study";
            case "research-summary" -> "Research summary";
            case "bibliography" -> "Bibliography";
            default -> type;
        };
    }
}
