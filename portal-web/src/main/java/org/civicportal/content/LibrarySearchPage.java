package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicportal.account.CurrentUser;

/**
 * The search across the library, the events and the provider directory ({@code library/search.xhtml}): a plain GET form, so
 * a search can be bookmarked and creates no session. Members in good standing search the full text
 * of members-only items; everyone else their titles and summaries.
 */
@Named
@RequestScoped
public class LibrarySearchPage {

    /** The facets, in the order shown: request parameter → index facet and heading. */
    private static final Map<String, String[]> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("type", new String[] {"type", "Kind"});
        FACETS.put("area", new String[] {"serviceArea", "Service area"});
        FACETS.put("partner", new String[] {"partnerType", "Delivered with"});
        FACETS.put("size", new String[] {"populationBand", "Community size"});
        FACETS.put("year", new String[] {"year", "Year"});
    }

    private static final int MAX_VALUES_PER_FACET = 30;
    private static final int MAX_VALUE_LENGTH = 100;

    /** One facet as shown: its parameter name, heading and values with counts. */
    public record Facet(String parameter, String heading, List<FacetCount> values) {
    }

    @Inject
    LibrarySearch search;

    @Inject
    LibraryService library;

    @Inject
    CurrentUser currentUser;

    private String text = "";
    private int page = 1;
    private SearchResults results;
    private final Map<String, Set<String>> chosen = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String q = external.getRequestParameterMap().get("q");
        text = q == null ? "" : (q.length() > SearchRequest.MAX_TEXT ? q.substring(0, SearchRequest.MAX_TEXT) : q).strip();
        Map<String, String[]> values = external.getRequestParameterValuesMap();
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        FACETS.forEach((parameter, facet) -> {
            String[] given = values.get(parameter);
            if (given != null) {
                Set<String> kept = new LinkedHashSet<>();
                for (int i = 0; i < given.length && kept.size() < MAX_VALUES_PER_FACET; i++) {
                    if (!given[i].isBlank() && given[i].length() <= MAX_VALUE_LENGTH) {
                        kept.add(given[i]);
                    }
                }
                if (!kept.isEmpty()) {
                    filters.put(facet[0], kept);
                    chosen.put(parameter, kept);
                }
            }
        });
        page = QueryParameters.page(external.getRequestParameterMap().get("page"));
        boolean member = currentUser.isLoggedIn() && library.callerMayReadMembersOnly();
        results = search.search(new SearchRequest(text, member, filters, page, SearchRequest.DEFAULT_PAGE_SIZE));
    }

    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        FACETS.forEach((parameter, facet) -> {
            List<FacetCount> counts = results.facets().getOrDefault(facet[0], List.of());
            if (!counts.isEmpty()) {
                facets.add(new Facet(parameter, facet[1], counts));
            }
        });
        return facets;
    }

    /** The words shown for a facet value: the kinds by their names, the rest as they are. */
    public String label(String parameter, String value) {
        if (parameter.equals("type")) {
            if (LibraryDocuments.EVENT_TYPE.equals(value)) {
                return "Events";
            }
            if (org.civicportal.marketplace.DirectorySearch.TYPE.equals(value)) {
                return "Providers and their listings";
            }
            return ResourceKind.ofPathSegment(value).map(ResourceKind::getPluralLabel).orElse(value);
        }
        return value;
    }

    /** The query string of this search on another page. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("?q=").append(encode(text));
        chosen.forEach((parameter, values) -> values.forEach(v -> link.append('&').append(parameter).append('=').append(encode(v))));
        return link.append("&page=").append(number).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getText() {
        return text;
    }

    public SearchResults getResults() {
        return results;
    }

    public int getPage() {
        return page;
    }

    public boolean isSearched() {
        return !text.isEmpty() || !chosen.isEmpty();
    }
}
