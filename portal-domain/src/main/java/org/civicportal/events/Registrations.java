package org.civicportal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.civicportal.account.Account;
import org.civicportal.membership.MembershipGate;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Attachment;
import org.civicportal.shared.mail.Mailer;

/**
 * Taking and giving back seats. A seat is taken by one conditional UPDATE on the event row
 * ({@code seats_taken < capacity}), so capacity holds however many people press at once; whoever
 * finds the event full is put on the waitlist. A cancellation locks the event row and hands the
 * seat to the first on the waitlist, who is told by mail.
 */
@ApplicationScoped
@Transactional
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    MembershipGate gate;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /**
     * Registers the account for the event, or puts it on the waitlist when the event is full.
     *
     * @throws InvalidInputException with the plain reason when registering is not possible now
     */
    public Registration register(long accountId, long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null || event.getStatus() == EventStatus.DRAFT) {
            throw new InvalidInputException("registration", "This event does not exist.");
        }
        Instant now = clock.instant();
        Optional<Registration> existing = registrationOf(accountId, eventId);
        RegistrationVerdict verdict = RegistrationPolicy.verdict(event.facts(), true, gate.standingOf(accountId).orElse(null),
                existing.filter(Registration::isActive).isPresent(), now);
        if (!verdict.isAllowed()) {
            throw new InvalidInputException("registration", verdict.reason());
        }
        Registration registration = existing.orElseGet(() -> new Registration(event, em.find(Account.class, accountId), now));
        boolean seated = em.createNamedQuery(Event.TAKE_SEAT).setParameter("id", eventId).executeUpdate() == 1;
        if (seated) {
            registration.seat();
        } else {
            registration.waitlist(now);
        }
        try {
            if (existing.isEmpty()) {
                em.persist(registration);
            }
            em.flush();
        } catch (PersistenceException duplicate) {
            // the same person twice at the same moment: the unique key keeps one, and the seat is given back
            throw new InvalidInputException("registration", "You are already registered.");
        }
        if (seated) {
            confirmed(registration, event);
        } else {
            waitlisted(registration, event);
        }
        return registration;
    }

    /**
     * Cancels the account's own registration. A freed seat goes to the first on the waitlist.
     *
     * @throws InvalidInputException if the account holds no seat or waitlist place for the event
     */
    public void cancel(long accountId, long eventId) {
        Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        Registration registration = registrationOf(accountId, eventId).filter(Registration::isActive)
                .orElseThrow(() -> new InvalidInputException("registration", "You are not registered for this event."));
        boolean hadSeat = registration.getStatus() == RegistrationStatus.REGISTERED;
        registration.cancel(clock.instant());
        em.flush();
        if (!hadSeat) {
            return;
        }
        cancelled(registration, event);
        Optional<Registration> next = em.createNamedQuery(Registration.FIRST_WAITING, Registration.class)
                .setParameter("eventId", eventId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (next.isPresent()) {
            next.get().seat();
            em.flush();
            promoted(next.get(), event);
        } else {
            em.createNamedQuery(Event.FREE_SEAT).setParameter("id", eventId).executeUpdate();
        }
    }

    /** How many registrations of the event are in the status. */
    public long count(long eventId, RegistrationStatus status) {
        return em.createNamedQuery(Registration.COUNT_BY_STATUS, Long.class)
                .setParameter("eventId", eventId)
                .setParameter("status", status)
                .getSingleResult();
    }

    private Optional<Registration> registrationOf(long accountId, long eventId) {
        return em.createNamedQuery(Registration.OF_MEMBER, Registration.class)
                .setParameter("eventId", eventId)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst();
    }

    private String pageOf(Event event) {
        return settings.link("events/event.xhtml?id=" + event.getId());
    }

    private Attachment invitation(Registration registration, Event event) {
        return new Attachment("event-" + event.getId() + ".ics", "text/calendar; method=REQUEST",
                CalendarFile.invitation(event.calendarEntry(pageOf(event), registration.getVersion()), clock.instant()));
    }

    private void confirmed(Registration registration, Event event) {
        Account account = registration.getAccount();
        mailer.send(account.getEmail(), "You are registered: " + event.getTitle(),
                "Hello " + account.getFullName() + ",\n\n"
                + "You are registered for \"" + event.getTitle() + "\", " + EventTimes.dayAndTime(event.getStartsAt(), event.zone())
                + ", " + event.getPlace() + ".\n"
                + (event.isOnline() ? "The join link appears on the event page shortly before the start: " : "Details: ")
                + pageOf(event) + "\n"
                + "The attached file adds it to your calendar. If you cannot come, please cancel so someone on the waitlist gets the seat.\n",
                invitation(registration, event));
    }

    private void waitlisted(Registration registration, Event event) {
        Account account = registration.getAccount();
        mailer.send(account.getEmail(), "You are on the waitlist: " + event.getTitle(),
                "Hello " + account.getFullName() + ",\n\n"
                + "\"" + event.getTitle() + "\" is full, so you are on the waitlist. If a seat opens up, it goes to the first"
                + " on the list and we email you at once.\n" + pageOf(event) + "\n");
    }

    private void cancelled(Registration registration, Event event) {
        Account account = registration.getAccount();
        mailer.send(account.getEmail(), "Registration cancelled: " + event.getTitle(),
                "Hello " + account.getFullName() + ",\n\n"
                + "Your registration for \"" + event.getTitle() + "\" is cancelled. The attached file removes it from your calendar.\n",
                new Attachment("event-" + event.getId() + ".ics", "text/calendar; method=CANCEL",
                        CalendarFile.cancellation(event.calendarEntry(pageOf(event), registration.getVersion()), clock.instant())));
    }

    private void promoted(Registration registration, Event event) {
        Account account = registration.getAccount();
        mailer.send(account.getEmail(), "A seat opened up: " + event.getTitle(),
                "Hello " + account.getFullName() + ",\n\n"
                + "Someone cancelled, so you moved from the waitlist to a seat at \"" + event.getTitle() + "\", "
                + EventTimes.dayAndTime(event.getStartsAt(), event.zone()) + ".\n"
                + "If you can no longer attend, please cancel so the next person gets the seat: "
                + settings.link("events/my-events.xhtml") + "\n", invitation(registration, event));
    }
}
