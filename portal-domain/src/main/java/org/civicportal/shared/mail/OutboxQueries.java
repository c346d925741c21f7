package org.civicportal.shared.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.civicportal.account.Role;
import org.civicportal.shared.SearchText;

/**
 * The outbox as administrators read it. Messages hold live links (password resets), so only
 * administrators may read them.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OutboxQueries {

    @PersistenceContext
    EntityManager em;

    /** The outbox, newest first, optionally filtered by part of the recipient's address. */
    public List<OutboundMail> newestFirst(String recipientContains, int first, int max) {
        return em.createNamedQuery(OutboundMail.NEWEST_FIRST, OutboundMail.class)
                .setParameter("recipient", SearchText.containsPattern(recipientContains))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many messages {@link #newestFirst} can page through. */
    public long count(String recipientContains) {
        return em.createNamedQuery(OutboundMail.COUNT, Long.class)
                .setParameter("recipient", SearchText.containsPattern(recipientContains))
                .getSingleResult();
    }

    /** One message, or null. */
    public OutboundMail find(long id) {
        return em.find(OutboundMail.class, id);
    }

}
