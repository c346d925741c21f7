package org.civicportal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published events as a list of addresses, for the sitemap: ids only, in one query, so a
 * long catalog costs no more statements than a short one. Drafts and cancelled events are left out.
 */
@ApplicationScoped
public class PublishedEvents {

    @PersistenceContext
    EntityManager em;

    /** The ids of the published events, newest first, at most {@code max}. */
    public List<Long> ids(int max) {
        return em.createQuery("SELECT e.id FROM Event e WHERE e.status = org.civicportal.events.EventStatus.PUBLISHED"
                + " ORDER BY e.startsAt DESC, e.id DESC", Long.class).setMaxResults(Math.max(0, max)).getResultList();
    }

    /**
     * When the newest published event was created, or empty if none is. An event carries no time
     * of its later edits or of its publication, so this is the best date it offers.
     */
    public Optional<Instant> newestCreated() {
        return em.createQuery("SELECT e.createdAt FROM Event e WHERE e.status = org.civicportal.events.EventStatus.PUBLISHED"
                + " ORDER BY e.createdAt DESC", Instant.class).setMaxResults(1).getResultStream().findFirst();
    }
}
