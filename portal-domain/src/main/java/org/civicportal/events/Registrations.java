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
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;

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
    EventMails mails;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

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
                existing.filter(Registration::isActive).isPresent(), now, calendar.zone());
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
            mails.registered(registration, event);
        } else {
            mails.waitlisted(registration, event);
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
        mails.registrationCancelled(registration, event);
        em.createNamedQuery(Event.FREE_SEAT).setParameter("id", eventId).executeUpdate();
        fillFreeSeats(event, "Someone cancelled, so");
    }

    /**
     * Gives every free seat of the event to the first people on its waitlist, in order, and tells
     * each by mail. The caller holds the event row's lock. Nobody moves up to a cancelled event.
     *
     * @param why the start of the sentence that tells them, e.g. "Someone cancelled, so"
     * @return how many moved up
     */
    int fillFreeSeats(Event event, String why) {
        int moved = 0;
        if (event.getStatus() == EventStatus.CANCELLED) {
            return moved;
        }
        while (true) {
            Optional<Registration> next = em.createNamedQuery(Registration.FIRST_WAITING, Registration.class)
                    .setParameter("eventId", event.getId())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (next.isEmpty() || em.createNamedQuery(Event.TAKE_SEAT).setParameter("id", event.getId()).executeUpdate() == 0) {
                return moved;
            }
            next.get().seat();
            em.flush();
            mails.promoted(next.get(), event, why);
            moved++;
        }
    }

    /**
     * Gives a seat to a person on the waitlist, out of turn, as an organiser decides. When no seat
     * is free the event gets one more, so nobody already seated loses theirs. The caller holds the
     * event row's lock.
     *
     * @throws InvalidInputException if the registration is not on this event's waitlist
     */
    Registration giveSeat(Event event, long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getEvent().getId().equals(event.getId())
                || registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new InvalidInputException("waitlist", "That person is no longer on the waitlist.");
        }
        if (em.createNamedQuery(Event.TAKE_SEAT).setParameter("id", event.getId()).executeUpdate() == 0) {
            event.addSeat();
            em.flush();
            em.createNamedQuery(Event.TAKE_SEAT).setParameter("id", event.getId()).executeUpdate();
        }
        registration.seat();
        em.flush();
        mails.promoted(registration, event, "The organisers gave you a seat:");
        return registration;
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

}
