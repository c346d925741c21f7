package org.civicportal.events;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.account.Role;
import org.civicportal.membership.MembershipGate;
import org.civicportal.shared.Caller;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A logged-in person and events: the verdict for an event, registering, cancelling, their events,
 * the join link. Always for the caller, from the security context: nobody can cancel someone
 * else's registration.
 */
@Stateless
@RolesAllowed({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class EventService {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    MembershipGate gate;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

    @Inject
    @ConfigProperty(name = "portal.events.join-link-minutes-before", defaultValue = "30")
    int joinLinkMinutesBefore;

    @Inject
    @ConfigProperty(name = "portal.events.cancel-cutoff-hours", defaultValue = "2")
    int cancelCutoffHours;

    /** Whether the caller can register for the event now, and why not. */
    public RegistrationVerdict verdict(Event event) {
        return verdict(event, myRegistration(event.getId()).filter(Registration::isActive).isPresent());
    }

    /**
     * Whether the caller can register for the event now, and why not, for a page that has just read
     * the caller's registration ({@link #myRegistration}) and so need not read it again.
     *
     * @param alreadyRegistered whether the caller holds an active registration (a seat or a waitlist place)
     */
    public RegistrationVerdict verdict(Event event, boolean alreadyRegistered) {
        return RegistrationPolicy.verdict(event.facts(), true, gate.standingOf(callerId()).orElse(null), alreadyRegistered,
                clock.instant(), calendar.zone());
    }

    /** True if the caller is a member in good standing today (one query), e.g. to offer non-members a way to join. */
    public boolean callerIsMemberInGoodStanding() {
        return gate.isInGoodStandingToday(callerId());
    }

    /** The caller's registration for the event, if any (cancelled ones included). */
    public Optional<Registration> myRegistration(long eventId) {
        return em.createNamedQuery(Registration.OF_MEMBER, Registration.class)
                .setParameter("eventId", eventId)
                .setParameter("accountId", callerId())
                .getResultStream()
                .findFirst();
    }

    /**
     * Registers the caller, or puts them on the waitlist.
     *
     * @throws InvalidInputException with the reason when it is not possible now
     */
    public Registration register(long eventId) {
        return registrations.register(callerId(), eventId);
    }

    /**
     * Cancels the caller's registration.
     *
     * @throws InvalidInputException if they are not registered
     */
    public void cancel(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event != null && !canCancelNow(event)) {
            throw new InvalidInputException("registration", "Cancellations close " + cancelCutoffHours
                    + " hours before the start. Please contact the association.");
        }
        registrations.cancel(callerId(), eventId);
    }

    /** True until the cut-off before the start, when seats can still be passed to the waitlist. */
    public boolean canCancelNow(Event event) {
        return clock.instant().isBefore(event.getStartsAt().minus(Duration.ofHours(cancelCutoffHours)));
    }

    /** The caller's active registrations, soonest event first. */
    public List<Registration> myRegistrations() {
        return em.createQuery("SELECT r FROM Registration r JOIN FETCH r.event WHERE r.account.id = :id"
                        + " AND r.status <> org.civicportal.events.RegistrationStatus.CANCELLED ORDER BY r.event.startsAt", Registration.class)
                .setParameter("id", callerId())
                .getResultList();
    }

    /**
     * The join link of an online event: only for someone holding a seat, and only from a
     * configurable time before the start until the end. Empty otherwise.
     */
    public Optional<String> joinLink(Event event) {
        return myRegistration(event.getId()).flatMap(r -> joinLink(r, event));
    }

    /** The link for a registration of the caller's, read already: no further query. */
    private Optional<String> joinLink(Registration registration, Event event) {
        Instant now = clock.instant();
        boolean seated = registration.getStatus() == RegistrationStatus.REGISTERED;
        boolean inTime = !now.isBefore(joinLinkFrom(event)) && now.isBefore(event.getEndsAt());
        return seated && inTime && event.isOnline() ? Optional.ofNullable(event.getJoinUrl()) : Optional.empty();
    }

    /**
     * The caller's seats and waitlist places for events that have not ended yet, soonest first,
     * each with its place in line and its join link by the same rule as {@link #joinLink(Event)}:
     * two queries however many there are.
     */
    public List<UpcomingRegistration> myUpcoming() {
        Instant now = clock.instant();
        List<Registration> upcoming = myRegistrations().stream().filter(r -> r.getEvent().getEndsAt().isAfter(now)).toList();
        Map<Long, Long> places = upcoming.stream().anyMatch(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                ? myWaitlistPlaces() : Map.of();
        return upcoming.stream().map(r -> new UpcomingRegistration(r, places.get(r.getEvent().getId()),
                joinLink(r, r.getEvent()).orElse(null), joinLinkFrom(r.getEvent()))).toList();
    }

    /**
     * The caller's place on each waitlist they are on (1 = next to get a seat), by event id, in one
     * query, in the order seats are passed on ({@code Registration.FIRST_WAITING}).
     */
    private Map<Long, Long> myWaitlistPlaces() {
        Map<Long, Long> places = new HashMap<>();
        em.createQuery("SELECT mine.event.id, COUNT(other) FROM Registration mine, Registration other"
                        + " WHERE mine.account.id = :id AND mine.status = org.civicportal.events.RegistrationStatus.WAITLISTED"
                        + " AND other.event = mine.event AND other.status = org.civicportal.events.RegistrationStatus.WAITLISTED"
                        + " AND (other.waitlistedAt < mine.waitlistedAt OR (other.waitlistedAt = mine.waitlistedAt AND other.id <= mine.id))"
                        + " GROUP BY mine.event.id", Object[].class)
                .setParameter("id", callerId())
                .getResultList()
                .forEach(row -> places.put((Long) row[0], (Long) row[1]));
        return places;
    }

    /**
     * The recording of an event that has ended: for members in good standing today, whether or
     * not they registered. Empty otherwise.
     */
    public Optional<String> recordingLink(Event event) {
        boolean ended = !clock.instant().isBefore(event.getEndsAt());
        return ended && event.getRecordingUrl() != null && gate.isInGoodStandingToday(callerId())
                ? Optional.of(event.getRecordingUrl()) : Optional.empty();
    }

    /** The caller's registration for an event they attended, with what the certificate states. */
    public Optional<Registration> myAttendance(long eventId) {
        return em.createQuery("SELECT r FROM Registration r JOIN FETCH r.event JOIN FETCH r.account WHERE r.event.id = :eventId"
                        + " AND r.account.id = :accountId AND r.attended = TRUE", Registration.class)
                .setParameter("eventId", eventId)
                .setParameter("accountId", callerId())
                .getResultStream()
                .findFirst();
    }

    /** From when the join link shows. */
    public Instant joinLinkFrom(Event event) {
        return event.getStartsAt().minus(Duration.ofMinutes(joinLinkMinutesBefore));
    }

    private long callerId() {
        return Caller.accountId(context);
    }
}
