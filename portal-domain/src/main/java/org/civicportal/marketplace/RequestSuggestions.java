package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicportal.account.Jurisdiction;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * Active providers a member might ask: those suiting a service, a region and kinds of partnership
 * ({@link RequestMatching}), and those whose name holds a few typed letters. Public data: no login
 * needed. A fixed number of queries (the providers shown, chosen by the database, then their areas,
 * kinds and regions batch-read) however many there are.
 */
@ApplicationScoped
public class RequestSuggestions {

    /** The most suggestions or name matches shown at once. */
    public static final int MAX_SHOWN = 12;

    /** The longest name fragment looked for. */
    public static final int MAX_NAME_QUERY = 100;

    @PersistenceContext
    EntityManager em;

    /**
     * Active providers that offer the service (or its whole area), serve the region and support one
     * of the kinds (any kind when empty), by name; at most {@link #MAX_SHOWN}. The database does the
     * choosing ({@link RequestMatching}'s rules, as conditions): one query reads just those shown.
     */
    public List<ProviderOrganisation> suiting(ServiceArea service, Jurisdiction where, Set<PartnerType> kinds) {
        if (service == null) {
            return List.of();
        }
        boolean anyRegion = where == null || where.getCountry() == null;
        boolean anyKind = kinds == null || kinds.isEmpty();
        StringBuilder jpql = new StringBuilder("SELECT p FROM ProviderOrganisation p WHERE p.status = :approved"
                + " AND EXISTS (SELECT o.id FROM ProviderOrganisation o JOIN o.serviceAreas a LEFT JOIN a.parent ap"
                + " WHERE o = p AND (a.id = :area OR a.id = :parent OR ap.id = :area))");
        if (!anyRegion) {
            jpql.append(" AND EXISTS (SELECT o.id FROM ProviderOrganisation o JOIN o.regions r WHERE o = p AND r IN :regions)");
        }
        if (!anyKind) {
            jpql.append(" AND EXISTS (SELECT o.id FROM ProviderOrganisation o JOIN o.partnershipKinds k WHERE o = p AND k IN :kinds)");
        }
        TypedQuery<ProviderOrganisation> query = em.createQuery(jpql.append(" ORDER BY p.name").toString(), ProviderOrganisation.class)
                .setParameter("approved", ProviderStatus.APPROVED).setParameter("area", service.getId())
                .setParameter("parent", service.getParent() == null ? -1L : service.getParent().getId());
        if (!anyRegion) {
            query.setParameter("regions", RequestMatching.regionsServing(where));
        }
        if (!anyKind) {
            query.setParameter("kinds", kinds);
        }
        return query.setMaxResults(MAX_SHOWN).getResultList();
    }

    /** Active providers whose name contains the text (letters case and accents aside, as the database compares), by name. */
    public List<ProviderOrganisation> named(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_NAME_QUERY) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM ProviderOrganisation p WHERE p.status = :approved AND LOWER(p.name) LIKE :pattern ESCAPE '!'"
                        + " ORDER BY p.name", ProviderOrganisation.class)
                .setParameter("approved", ProviderStatus.APPROVED)
                .setParameter("pattern", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%")
                .setMaxResults(MAX_SHOWN).getResultList();
    }

    /** These providers if active, by name (for a list the member already picked). */
    public List<ProviderOrganisation> active(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM ProviderOrganisation p WHERE p.id IN :ids AND p.status = :approved ORDER BY p.name",
                ProviderOrganisation.class).setParameter("ids", ids).setParameter("approved", ProviderStatus.APPROVED).getResultList();
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                escaped.append('!');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
