package org.civicportal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    /** The kinds and topics that have events in a period, for the catalog's filters (sorted, nothing empty offered). */
    public record Filters(List<EventKind> kinds, List<String> topics) {
    }

    /**
     * The kinds and topics of the published and cancelled events in the period, in one query, so
     * the catalog never offers a filter that can only answer "no events".
     *
     * @param past true for past events, false for upcoming ones
     */
    public Filters filters(boolean past) {
        List<Object[]> rows = em.createNamedQuery(past ? Event.FILTERS_PAST : Event.FILTERS_UPCOMING, Object[].class)
                .setParameter("now", clock.instant())
                .getResultList();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        Set<String> topics = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Object[] row : rows) {
            kinds.add((EventKind) row[0]);
            if (row[1] != null) {
                topics.add((String) row[1]);
            }
        }
        return new Filters(List.copyOf(kinds), List.copyOf(topics));
    }

    /** A published or cancelled event. */
    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id)).filter(e -> e.getStatus() != EventStatus.DRAFT);
    }
}
