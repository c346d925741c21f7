package org.civicportal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * Events as editors and administrators run them: create and edit (checked on the server, nothing
 * half-saved), publish, cancel (everyone registered is told), close registration early or reopen
 * it, the registrant and waitlist lists, moving someone up by hand, and attendance after the
 * event. Every change to an event's seats happens under the event row's lock, the same lock
 * members' cancellations take, so the counts stay exact while people register. Who may do this is
 * checked by {@link EventAdministration}, the pages' only way in.
 */
@ApplicationScoped
@Transactional
public class EventOrganising {

    /** An event in the organisers' list, with how many wait for a seat. */
    public record Row(Event event, long waitlisted) implements Serializable {
    }

    /** What an attendance import did. */
    public record AttendanceImport(int marked, Set<String> notRegistered, int linesWithoutEmail) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    Registrations registrations;

    @Inject
    EventMails mails;

    @Inject
    Clock clock;

    /**
     * One page of all events, drafts included.
     *
     * @param past false for events still to come (soonest first), true for past ones (latest first)
     */
    public List<Row> page(boolean past, int first, int max) {
        List<Event> events = em.createQuery("SELECT e FROM Event e WHERE " + (past ? "e.startsAt < :now ORDER BY e.startsAt DESC, e.id DESC"
                        : "e.startsAt >= :now ORDER BY e.startsAt, e.id"), Event.class)
                .setParameter("now", clock.instant())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        // one query for the whole page's waitlists, not one per row
        Map<Long, Long> waiting = new HashMap<>();
        em.createQuery("SELECT r.event.id, COUNT(r) FROM Registration r WHERE r.event.id IN :ids"
                        + " AND r.status = org.civicportal.events.RegistrationStatus.WAITLISTED GROUP BY r.event.id", Object[].class)
                .setParameter("ids", events.stream().map(Event::getId).toList())
                .getResultList()
                .forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        return events.stream().map(e -> new Row(e, waiting.getOrDefault(e.getId(), 0L))).toList();
    }

    /** How many events {@link #page} pages through. */
    public long count(boolean past) {
        return em.createQuery("SELECT COUNT(e) FROM Event e WHERE e.startsAt " + (past ? "<" : ">=") + " :now", Long.class)
                .setParameter("now", clock.instant())
                .getSingleResult();
    }

    /** How many events are still drafts, in one query. */
    public long countDrafts() {
        return em.createQuery("SELECT COUNT(e) FROM Event e WHERE e.status = org.civicportal.events.EventStatus.DRAFT", Long.class)
                .getSingleResult();
    }

    /** Any event, drafts included. */
    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    /**
     * Saves a new event as a draft: nobody sees it until it is published.
     *
     * @throws InvalidInputException with a message per wrong field
     */
    public Event create(EventDetails details) {
        check(details, 0);
        Event event = new Event(details, clock.instant());
        em.persist(event);
        return event;
    }

    /**
     * Changes an event. More seats go at once to the people waiting; a published event that moves
     * in time or place sends its seat holders an updated calendar entry.
     *
     * @throws InvalidInputException with a message per wrong field, e.g. fewer seats than people
     *                               holding one
     */
    public Event update(long id, EventDetails details) {
        Event event = locked(id);
        check(details, event.getSeatsTaken());
        Instant startedAt = event.getStartsAt();
        Instant endedAt = event.getEndsAt();
        String place = event.getPlace();
        event.apply(details);
        em.flush();
        boolean moved = !startedAt.equals(event.getStartsAt()) || !endedAt.equals(event.getEndsAt())
                || !place.equals(event.getPlace());
        if (event.getStatus() == EventStatus.PUBLISHED) {
            if (moved) {
                seated(id).forEach(r -> mails.eventChanged(r, event));
            }
            registrations.fillFreeSeats(event, "More seats were added, so");
        }
        return event;
    }

    /** Makes a draft visible in the catalog. */
    public Event publish(long id) {
        Event event = locked(id);
        if (event.getStatus() != EventStatus.DRAFT) {
            throw new InvalidInputException("event", "Only a draft can be published.");
        }
        event.publish();
        return event;
    }

    /**
     * Cancels the event. Everyone holding a seat or waiting gets a mail; seat holders also get a
     * calendar cancellation. The registrations stay, so the lists still show who was affected.
     */
    public Event cancel(long id) {
        Event event = locked(id);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new InvalidInputException("event", "This event is already cancelled.");
        }
        boolean wasPublished = event.getStatus() == EventStatus.PUBLISHED;
        event.cancel();
        em.flush();
        if (wasPublished) {
            active(id).forEach(r -> mails.eventCancelled(r, event));
        }
        return event;
    }

    /** Stops new registrations before the window ends, e.g. when the room changes. */
    public Event closeRegistration(long id) {
        Event event = locked(id);
        event.closeRegistrationEarly();
        return event;
    }

    /** Lets people register again, within the registration window. */
    public Event reopenRegistration(long id) {
        Event event = locked(id);
        event.reopenRegistration();
        return event;
    }

    /** One page of an event's seat holders (status REGISTERED) or waitlist (WAITLISTED, in order). */
    public List<Registration> registrants(long eventId, RegistrationStatus status, int first, int max) {
        return byStatus(eventId, status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many registrations of the event are in the status. */
    public long count(long eventId, RegistrationStatus status) {
        return registrations.count(eventId, status);
    }

    /** Everyone holding a seat or waiting, seat holders first, for the CSV export. */
    public List<Registration> active(long eventId) {
        return em.createNamedQuery(Registration.ACTIVE, Registration.class)
                .setParameter("eventId", eventId)
                .getResultList();
    }

    /**
     * Moves a person from the waitlist to a seat, out of turn. If the event is full it gets one more
     * seat: the organiser decided this person should come.
     */
    public Registration moveFromWaitlist(long eventId, long registrationId) {
        Event event = locked(eventId);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new InvalidInputException("waitlist", "This event is cancelled.");
        }
        return registrations.giveSeat(event, registrationId);
    }

    /**
     * Records who came, from the ticks on the registrant list: the ones ticked earn the event's
     * credits, the others none. Only seat holders of this event, and only once it has started.
     *
     * @param attendance registration id → came or not
     */
    public void recordAttendance(long eventId, Map<Long, Boolean> attendance) {
        Event event = startedEvent(eventId);
        if (attendance.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        em.createQuery("SELECT r FROM Registration r WHERE r.event.id = :eventId AND r.id IN :ids"
                        + " AND r.status = org.civicportal.events.RegistrationStatus.REGISTERED", Registration.class)
                .setParameter("eventId", eventId)
                .setParameter("ids", attendance.keySet())
                .getResultList()
                .forEach(r -> r.recordAttendance(Boolean.TRUE.equals(attendance.get(r.getId())), event.getCredits(), now));
    }

    /**
     * Marks as attended everyone whose email is in the file (a list exported by the webinar
     * platform, for instance). Emails of people without a seat are reported, not guessed at.
     *
     * @throws InvalidInputException if the file cannot be read or names nobody
     */
    public AttendanceImport importAttendance(long eventId, Reader csv) {
        Event event = startedEvent(eventId);
        AttendanceCsv.Emails file;
        try {
            file = AttendanceCsv.read(csv);
        } catch (IOException unreadable) {
            throw new InvalidInputException("file", "The file could not be read. Upload a CSV file with one email address per line.");
        }
        if (file.emails().isEmpty()) {
            throw new InvalidInputException("file", "No email address found in the file. Upload a CSV file with an email column.");
        }
        Instant now = clock.instant();
        Set<String> notRegistered = new TreeSet<>(file.emails());
        int marked = 0;
        for (List<String> batch : AttendanceCsv.batches(file.emails(), 500)) {
            for (Registration r : em.createNamedQuery(Registration.SEATED_BY_EMAIL, Registration.class)
                    .setParameter("eventId", eventId)
                    .setParameter("emails", batch)
                    .getResultList()) {
                r.recordAttendance(true, event.getCredits(), now);
                notRegistered.remove(r.getAccount().getEmail());
                marked++;
            }
        }
        return new AttendanceImport(marked, notRegistered, file.linesWithoutEmail());
    }

    private Event startedEvent(long eventId) {
        Event event = find(eventId).orElseThrow(() -> new InvalidInputException("event", "This event does not exist."));
        if (!event.hasStarted(clock.instant()) || event.getStatus() != EventStatus.PUBLISHED) {
            throw new InvalidInputException("attendance", "Attendance can be recorded once the event has taken place.");
        }
        return event;
    }

    private void check(EventDetails details, int seatsTaken) {
        inputCheck.valid(details);
        Map<String, String> problems = details.problems(seatsTaken);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Event locked(long id) {
        Event event = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new InvalidInputException("event", "This event does not exist.");
        }
        // seats are counted by bulk updates: read the row as it is now, under the lock
        em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
        return event;
    }

    private List<Registration> seated(long eventId) {
        return byStatus(eventId, RegistrationStatus.REGISTERED).getResultList();
    }

    private TypedQuery<Registration> byStatus(long eventId, RegistrationStatus status) {
        return em.createNamedQuery(Registration.BY_STATUS, Registration.class)
                .setParameter("eventId", eventId)
                .setParameter("status", status);
    }
}
