package org.civicportal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Events as everyone sees them: published and cancelled ones, never drafts. No login needed. */
@ApplicationScoped
public class EventCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * One page of the catalog.
     *
     * @param past true for past events (newest first), false for upcoming ones (soonest first)
     * @param kind  only this kind, or all when null
     * @param topic only this topic, or all when null
     */
    public List<Event> page(boolean past, EventKind kind, String topic, int first, int max) {
        return em.createNamedQuery(past ? Event.PAST : Event.UPCOMING, Event.class)
                .setParameter("now", clock.instant())
                .setParameter("kind", kind)
                .setParameter("topic", topic)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many events {@link #page} pages through. */
    public long count(boolean past, EventKind kind, String topic) {
        return em.createNamedQuery(past ? Event.COUNT_PAST : Event.COUNT_UPCOMING, Long.class)
                .setParameter("now", clock.instant())
                .setParameter("kind", kind)
                .setParameter("topic", topic)
                .getSingleResult();
    }

    /** The topics events are filed under, for the catalog's filter. */
    public List<String> topics() {
        return em.createNamedQuery(Event.TOPICS, String.class).getResultList();
    }

    /** A published or cancelled event. */
    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id)).filter(e -> e.getStatus() != EventStatus.DRAFT);
    }
}
