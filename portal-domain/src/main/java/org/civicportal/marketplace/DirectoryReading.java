package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.CivilCalendar;

/**
 * The provider directory as visitors read it: live versions of listings within their term, of
 * organisations that are approved now. A suspended provider's listings leave it at once, and a
 * listing whose term ended leaves it on the next day, because every query asks so (nothing waits
 * for a job). Lists read a fixed number of statements whatever their length: a version's
 * collections are batch-read.
 */
@ApplicationScoped
public class DirectoryReading {

    public static final int PAGE_SIZE = 20;

    /** The conditions every listing in the directory meets; {@code l} the listing, {@code v} its live version, {@code o} its provider. */
    static final String LISTED = " l.status = org.civicportal.marketplace.ListingStatus.LIVE AND l.termEndsOn >= :today"
            + " AND o.status = org.civicportal.marketplace.ProviderStatus.APPROVED";

    @PersistenceContext
    EntityManager em;

    @Inject
    CivilCalendar calendar;

    /** What a listing's address leads to. */
    public record Found(Listing listing, ListingVersion live, ProviderOrganisation provider) {
    }

    /**
     * One page (1-based) of the listings matching the filter, by provider and title: their live
     * versions, each with its listing and provider. The version is the root of the query so that
     * its collections are batch-read for the whole page (a fetched join's would be read row by row).
     */
    public List<ListingVersion> search(DirectoryFilter filter, int page) {
        TypedQuery<ListingVersion> query = em.createQuery("SELECT v FROM ListingVersion v JOIN FETCH v.listing l JOIN FETCH l.organisation o"
                + " WHERE l.liveVersion = v AND" + LISTED + conditions(filter) + " ORDER BY o.name, v.title, l.id", ListingVersion.class);
        bind(query, filter);
        return query.setFirstResult((Math.max(1, page) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    public long count(DirectoryFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(l) FROM Listing l JOIN l.liveVersion v JOIN l.organisation o WHERE"
                + LISTED + conditions(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** An approved provider by its address; a suspended, declined or unknown one is not there. */
    public Optional<ProviderOrganisation> provider(String slug) {
        if (!isSlug(slug)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT o FROM ProviderOrganisation o WHERE o.slug = :slug"
                        + " AND o.status = org.civicportal.marketplace.ProviderStatus.APPROVED", ProviderOrganisation.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The live versions of the provider's listings in the directory, by title (batch-read as {@link #search}'s). */
    public List<ListingVersion> listingsOf(ProviderOrganisation provider) {
        return em.createQuery("SELECT v FROM ListingVersion v JOIN FETCH v.listing l JOIN FETCH l.organisation o WHERE l.liveVersion = v AND"
                        + LISTED + " AND o = :provider ORDER BY v.title, l.id", ListingVersion.class)
                .setParameter("today", calendar.today()).setParameter("provider", provider).getResultList();
    }

    /** The listing at {@code /providers/{provider}/{listing}} if the directory shows it. */
    public Optional<Found> listing(String providerSlug, String listingSlug) {
        if (!isSlug(providerSlug) || !isSlug(listingSlug)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT v FROM ListingVersion v JOIN FETCH v.listing l JOIN FETCH l.organisation o WHERE l.liveVersion = v AND"
                        + LISTED + " AND o.slug = :provider AND l.slug = :listing", ListingVersion.class)
                .setParameter("today", calendar.today()).setParameter("provider", providerSlug).setParameter("listing", listingSlug)
                .getResultStream().findFirst().map(v -> new Found(v.getListing(), v, v.getListing().getOrganisation()));
    }

    /** Every listing in the directory, at most {@code max}, for the sitemap (addresses only: one query). */
    public List<Listing> allListed(int max) {
        return em.createQuery("SELECT l FROM Listing l JOIN FETCH l.organisation o WHERE" + LISTED + " ORDER BY o.slug, l.slug",
                Listing.class).setParameter("today", calendar.today()).setMaxResults(max).getResultList();
    }

    /** Every approved provider, at most {@code max}, for the sitemap. */
    public List<ProviderOrganisation> allProviders(int max) {
        return em.createQuery("SELECT o FROM ProviderOrganisation o WHERE o.status = org.civicportal.marketplace.ProviderStatus.APPROVED"
                + " ORDER BY o.slug", ProviderOrganisation.class).setMaxResults(max).getResultList();
    }

    /**
     * When the directory last changed (a listing approved, renewed or expired, a provider decided on,
     * suspended among them), or empty: the sitemap's Last-Modified. Two queries.
     */
    public Optional<java.time.Instant> lastChange() {
        Optional<java.time.Instant> listing = em.createQuery("SELECT l.changedAt FROM Listing l ORDER BY l.changedAt DESC",
                java.time.Instant.class).setMaxResults(1).getResultStream().findFirst();
        Optional<java.time.Instant> provider = em.createQuery("SELECT o.decidedAt FROM ProviderOrganisation o WHERE o.decidedAt IS NOT NULL"
                + " ORDER BY o.decidedAt DESC", java.time.Instant.class).setMaxResults(1).getResultStream().findFirst();
        return java.util.stream.Stream.of(listing, provider).flatMap(Optional::stream).max(java.util.Comparator.naturalOrder());
    }

    /** A document the directory shows: one of the live version of a listed listing. */
    public Optional<ListingDocument> publicDocument(long documentId) {
        return em.createQuery("SELECT d FROM Listing l JOIN l.liveVersion v JOIN v.documents d JOIN l.organisation o WHERE" + LISTED
                        + " AND d.id = :id", ListingDocument.class)
                .setParameter("today", calendar.today()).setParameter("id", documentId).getResultStream().findFirst();
    }

    /** Lower-case letters, digits and dashes, at most 120 characters: anything else names nothing. */
    static boolean isSlug(String text) {
        if (text == null || text.isEmpty() || text.length() > 120) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String conditions(DirectoryFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.serviceAreaId() != null) {
            where.append(" AND EXISTS (SELECT v1.id FROM ListingVersion v1 JOIN v1.serviceAreas a LEFT JOIN a.parent p"
                    + " WHERE v1 = v AND (a.id = :area OR p.id = :area))");
        }
        if (filter.partnership() != null) {
            where.append(" AND EXISTS (SELECT v2.id FROM ListingVersion v2 JOIN v2.partnershipKinds k WHERE v2 = v AND k = :kind)");
        }
        if (filter.region() != null) {
            // a listing serving the whole country serves each of its states
            where.append(" AND EXISTS (SELECT v3.id FROM ListingVersion v3 JOIN v3.regions r WHERE v3 = v AND (r = :region OR r = :country))");
        }
        if (filter.type() != null) {
            where.append(" AND o.type = :type");
        }
        List<String> words = filter.likePatterns();
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND (LOWER(v.title) LIKE :w").append(i).append(" ESCAPE '\\' OR LOWER(v.summary) LIKE :w").append(i)
                    .append(" ESCAPE '\\' OR LOWER(o.name) LIKE :w").append(i).append(" ESCAPE '\\')");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> query, DirectoryFilter filter) {
        query.setParameter("today", calendar.today());
        if (filter.serviceAreaId() != null) {
            query.setParameter("area", filter.serviceAreaId());
        }
        if (filter.partnership() != null) {
            query.setParameter("kind", filter.partnership());
        }
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
            query.setParameter("country", RegionCodes.countryOf(filter.region()));
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        List<String> words = filter.likePatterns();
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
    }
}
