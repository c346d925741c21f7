package org.civicportal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Saves events without the administration steps: demonstration data at start-up only. */
@ApplicationScoped
@Transactional
public class EventSeeding {

    @PersistenceContext
    EntityManager em;

    /** True when at least one event exists. */
    public boolean any() {
        return !em.createQuery("SELECT e.id FROM Event e", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    public Event save(Event event) {
        em.persist(event);
        return event;
    }
}
