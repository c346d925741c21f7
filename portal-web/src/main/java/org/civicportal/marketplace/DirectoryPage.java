package org.civicportal.marketplace;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * The provider directory ({@code /providers/}): listings of approved providers, found by words and
 * narrowed by a plain GET form of facets (service area, partnership kind, region served,
 * organisation type), a page at a time; bookmarkable, no session. A value that names nothing is
 * ignored, as if not chosen.
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    DirectoryReading directory;

    @Inject
    ServiceAreas serviceAreas;

    private DirectoryFilter filter;
    private List<ListingVersion> listings;
    private long total;
    private int page;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        filter = new DirectoryFilter(params.get("q"), number(params.get("area"), 12), named(PartnerType.class, params.get("partnership")),
                params.get("region"), named(OrganisationType.class, params.get("type")));
        Long pageNumber = number(params.get("page"), 4);
        page = pageNumber == null || pageNumber < 1 ? 1 : pageNumber.intValue();
        total = directory.count(filter);
        listings = directory.search(filter, page);
    }

    private static Long number(String text, int maxDigits) {
        if (text == null || text.isEmpty() || text.length() > maxDigits) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text) {
        if (text == null || text.length() > 30) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return null;
    }

    /** The query of this page's filter with another page number, for the paging links. */
    public String pageAddress(int number) {
        StringBuilder query = new StringBuilder("?page=").append(number);
        append(query, "q", filter.query());
        append(query, "area", filter.serviceAreaId() == null ? null : filter.serviceAreaId().toString());
        append(query, "partnership", filter.partnership() == null ? null : filter.partnership().name());
        append(query, "region", filter.region());
        append(query, "type", filter.type() == null ? null : filter.type().name());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The live versions shown, each with its listing and provider. */
    public List<ListingVersion> getListings() {
        return listings;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return (long) page * DirectoryReading.PAGE_SIZE < total;
    }

    public DirectoryFilter getFilter() {
        return filter;
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas.choosable();
    }

    public PartnerType[] getPartnershipKinds() {
        return PartnerType.values();
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    /** The regions to choose from, code → name. */
    public List<Map.Entry<String, String>> getRegions() {
        return List.copyOf(RegionCodes.named().entrySet());
    }
}
