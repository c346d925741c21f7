package org.civicportal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civicportal.membership.Standing;

/**
 * Who may register for an event, checked on the server at the moment of registering: the
 * audience, the registration window, and for members-only events a membership in good standing
 * through the day of the event (not only today).
 *
 * <p>Membership dates are civil dates in the association's zone, so "today" and the event's day
 * are both read in that zone: a New York member who paid at 7:50 PM is a member for an event in
 * Sydney, Honolulu or New York alike, although in UTC it is already tomorrow.
 */
public final class RegistrationPolicy {

    private RegistrationPolicy() {
    }

    /** The facts about the event the rule needs. */
    public record EventFacts(Audience audience, boolean cancelled, boolean closedEarly, RegistrationWindow window, Instant startsAt,
                             ZoneId zone, int capacity, int seatsTaken) {
    }

    /**
     * The verdict for a person now.
     *
     * @param loggedIn          false for an anonymous visitor
     * @param standing          the person's membership, or null if they never joined
     * @param alreadyRegistered true if they hold a seat or a waitlist place already
     * @param associationZone   the zone of the membership's dates (the association's calendar)
     */
    public static RegistrationVerdict verdict(EventFacts event, boolean loggedIn, Standing standing, boolean alreadyRegistered,
                                              Instant now, ZoneId associationZone) {
        if (event.cancelled()) {
            return RegistrationVerdict.refused("This event was cancelled.");
        }
        if (!loggedIn) {
            return RegistrationVerdict.refused("Log in to register.");
        }
        if (alreadyRegistered) {
            return RegistrationVerdict.refused("You are already registered.");
        }
        if (event.closedEarly()) {
            return RegistrationVerdict.refused("The organisers have closed registration.");
        }
        switch (event.window().phaseAt(now)) {
            case NOT_OPEN_YET:
                return RegistrationVerdict.refused("Registration opens on "
                        + EventTimes.dayAndTime(event.window().opensAt(), event.zone()) + ".");
            case CLOSED:
                return RegistrationVerdict.refused("Registration closed on "
                        + EventTimes.dayAndTime(event.window().closesAt(), event.zone()) + ".");
            default:
                break;
        }
        if (event.audience() == Audience.MEMBERS_ONLY) {
            LocalDate eventDay = event.startsAt().atZone(associationZone).toLocalDate();
            LocalDate today = now.atZone(associationZone).toLocalDate();
            if (standing == null || !standing.isGoodStandingOn(today)) {
                return RegistrationVerdict.refused("This event is for members in good standing. Join or renew to register.");
            }
            if (!standing.isGoodStandingOn(eventDay)) {
                return RegistrationVerdict.refused("Your membership ends before the event. Renew it to register.");
            }
        }
        return event.seatsTaken() < event.capacity()
                ? new RegistrationVerdict(RegistrationVerdict.Outcome.REGISTER, "Seats are available.")
                : new RegistrationVerdict(RegistrationVerdict.Outcome.JOIN_WAITLIST,
                        "This event is full. Join the waitlist: if someone cancels, the first on the list gets the seat and an email.");
    }
}
