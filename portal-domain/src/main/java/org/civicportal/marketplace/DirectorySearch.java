package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicportal.content.PartnerType;
import org.civicportal.content.RichText;
import org.civicportal.content.SearchDocument;
import org.civicportal.content.SearchSource;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * The provider directory in the site search: each approved provider's profile and each listing the
 * directory shows, as the directory shows them (live versions only). A listing that leaves the
 * directory (its term over, its provider suspended) leaves the versions read here, so the search
 * drops it at its next tick.
 */
@ApplicationScoped
public class DirectorySearch implements SearchSource {

    /** The type of the directory's documents in the search, beside the library's kinds and events. */
    public static final String TYPE = "providers";

    private static final String LISTING = "listing:";
    private static final String PROVIDER = "provider:";

    @PersistenceContext
    EntityManager em;

    @Inject
    CivilCalendar calendar;

    @Override
    public Map<String, String> versions() {
        Map<String, String> versions = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.id, l.version, v.id, o.version FROM Listing l JOIN l.liveVersion v JOIN l.organisation o"
                + " WHERE" + DirectoryReading.LISTED, Object[].class).setParameter("today", calendar.today()).getResultList()) {
            versions.put(LISTING + row[0], row[1] + "/" + row[2] + "/" + row[3]);
        }
        for (Object[] row : em.createQuery("SELECT o.id, o.version FROM ProviderOrganisation o"
                + " WHERE o.status = org.civicportal.marketplace.ProviderStatus.APPROVED", Object[].class).getResultList()) {
            versions.put(PROVIDER + row[0], String.valueOf(row[1]));
        }
        return versions;
    }

    @Override
    public List<SearchDocument> documents(Collection<String> keys) {
        List<Long> listingIds = ids(keys, LISTING);
        List<Long> providerIds = ids(keys, PROVIDER);
        List<SearchDocument> documents = new ArrayList<>();
        ZoneId zone = calendar.zone();
        if (!listingIds.isEmpty()) {
            for (ListingVersion live : em.createQuery("SELECT v FROM ListingVersion v JOIN FETCH v.listing l JOIN FETCH l.organisation o"
                    + " WHERE l.liveVersion = v AND l.id IN :ids AND" + DirectoryReading.LISTED, ListingVersion.class)
                    .setParameter("ids", listingIds).setParameter("today", calendar.today()).getResultList()) {
                Listing listing = live.getListing();
                String body = RichText.plainText(live.getDescriptionHtml()) + " " + listing.getOrganisation().getName() + " "
                        + live.getRegionNames() + " " + live.getPriceModel().getLabel();
                documents.add(new SearchDocument(LISTING + listing.getId(), TYPE, "Provider listing", live.getTitle(), live.getSummary(),
                        body, listing.getPath(), false, areas(live.getServiceAreas()), partners(live.getPartnershipKinds()), null,
                        listing.getPublishedAt() == null ? null : listing.getPublishedAt().atZone(zone).getYear(), listing.getPublishedAt()));
            }
        }
        if (!providerIds.isEmpty()) {
            for (ProviderOrganisation provider : em.createQuery("SELECT o FROM ProviderOrganisation o WHERE o.id IN :ids"
                    + " AND o.status = org.civicportal.marketplace.ProviderStatus.APPROVED", ProviderOrganisation.class)
                    .setParameter("ids", providerIds).getResultList()) {
                String body = provider.getHeadOffice() + " " + provider.getType().getLabel() + " "
                        + String.join(" ", provider.getRegions().stream().map(RegionCodes::labelOf).toList());
                documents.add(new SearchDocument(PROVIDER + provider.getId(), TYPE, "Provider: Leading Practice", provider.getName(),
                        provider.getDescription(), body, "providers/" + provider.getSlug(), false, areas(provider.getServiceAreas()),
                        partners(provider.getPartnershipKinds()), null, null, provider.getDecidedAt()));
            }
        }
        return documents;
    }

    /** The ids of the keys with this prefix. */
    private static List<Long> ids(Collection<String> keys, String prefix) {
        return keys.stream().filter(key -> key.startsWith(prefix)).map(key -> Long.parseLong(key.substring(prefix.length()))).toList();
    }

    /** The service-area facet's values: each area's top-level area, as the library's documents have them. */
    private static Set<String> areas(List<ServiceArea> areas) {
        Set<String> names = new LinkedHashSet<>();
        for (ServiceArea area : areas) {
            names.add(area.getParent() == null ? area.getName() : area.getParent().getName());
        }
        return names;
    }

    private static Set<String> partners(Set<PartnerType> kinds) {
        Set<String> labels = new LinkedHashSet<>();
        kinds.forEach(kind -> labels.add(kind.getLabel()));
        return labels;
    }
}
