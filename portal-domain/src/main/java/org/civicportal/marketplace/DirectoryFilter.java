package org.civicportal.marketplace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.FormText;

/**
 * What a visitor asks the provider directory: words to find, and the facets (service area,
 * partnership kind, region served, organisation type). Null means "any". Words are read a
 * character at a time after a length cap, never through a pattern.
 */
public record DirectoryFilter(String query, Long serviceAreaId, PartnerType partnership, String region, OrganisationType type) {

    /** The longest search text read; the rest is ignored. */
    public static final int MAX_QUERY_LENGTH = 100;

    /** The most words a search matches, each in the title, the summary or the provider's name. */
    public static final int MAX_WORDS = 5;

    public DirectoryFilter {
        query = FormText.orNull(query);
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        region = RegionCodes.isNamed(region) ? region : null;
    }

    public static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null, null, null);
    }

    /**
     * The search's words as {@code LIKE} patterns, lower-cased, with the wildcards {@code %} and
     * {@code _} (and the escape character {@code \}) escaped: {@code 50%} finds "50%", not "50 anything".
     */
    public List<String> likePatterns() {
        List<String> patterns = new ArrayList<>();
        if (query == null) {
            return patterns;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= query.length() && patterns.size() < MAX_WORDS; i++) {
            char c = i < query.length() ? query.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    patterns.add("%" + word.toString().toLowerCase(Locale.ROOT) + "%");
                    word.setLength(0);
                }
                continue;
            }
            if (c == '%' || c == '_' || c == '\\') {
                word.append('\\');
            }
            word.append(c);
        }
        return patterns;
    }

    /** Whether any facet or word narrows the list. */
    public boolean isNarrowed() {
        return query != null || serviceAreaId != null || partnership != null || region != null || type != null;
    }
}
