package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civicportal.events.RegistrationPolicy.EventFacts;
import org.civicportal.events.RegistrationVerdict.Outcome;
import org.civicportal.membership.Standing;
import org.junit.jupiter.api.Test;

/** Who may register, checked at the moment of registering. */
class RegistrationPolicyTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant OPENS = Instant.parse("2026-12-01T14:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-01-13T22:00:00Z"); // 5:00 PM in New York
    private static final Instant STARTS = Instant.parse("2027-01-14T19:00:00Z"); // 2:00 PM in New York

    private static EventFacts webinar(Audience audience, int seatsTaken) {
        return new EventFacts(audience, false, false, new RegistrationWindow(OPENS, CLOSES), STARTS, NEW_YORK, 50, seatsTaken);
    }

    /** The association's zone, in which membership dates are civil dates. */
    private static final ZoneId ASSOCIATION = NEW_YORK;

    private static RegistrationVerdict verdict(EventFacts event, boolean loggedIn, Standing standing, boolean already, Instant now) {
        return RegistrationPolicy.verdict(event, loggedIn, standing, already, now, ASSOCIATION);
    }

    private static EventFacts membersOnlyIn(ZoneId zone, Instant startsAt) {
        return new EventFacts(Audience.MEMBERS_ONLY, false, false, new RegistrationWindow(OPENS.minusSeconds(86_400 * 30), startsAt),
                startsAt, zone, 50, 0);
    }

    private static final Standing PAID_THROUGH_2027 =
            new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), 30, false);

    @Test
    void theClosingInstantItselfIsTooLate() {
        assertEquals(Outcome.REGISTER, verdict(webinar(Audience.EVERYONE, 0), true, null, false,
                CLOSES.minusMillis(1)).outcome());
        RegistrationVerdict atClose = verdict(webinar(Audience.EVERYONE, 0), true, null, false, CLOSES);
        assertEquals(Outcome.REFUSED, atClose.outcome());
        assertEquals("Registration closed on Wednesday, January 13, 2027, 5:00 PM EST (New York time).", atClose.reason());
    }

    @Test
    void beforeTheWindowThePageSaysWhenItOpens() {
        RegistrationVerdict early = verdict(webinar(Audience.EVERYONE, 0), true, null, false, OPENS.minusSeconds(1));
        assertEquals("Registration opens on Tuesday, December 1, 2026, 9:00 AM EST (New York time).", early.reason());
        assertEquals(Outcome.REGISTER, verdict(webinar(Audience.EVERYONE, 0), true, null, false, OPENS).outcome());
    }

    @Test
    void aMembersOnlyEventNeedsGoodStandingThroughTheEventDay() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        Standing endsBefore = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-12"), 30, false);
        assertEquals("Your membership ends before the event. Renew it to register.",
                verdict(webinar(Audience.MEMBERS_ONLY, 0), true, endsBefore, false, now).reason(),
                "grace ends January 11, the event is January 14");
        Standing graceCoversIt = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 30, false);
        assertEquals(Outcome.REGISTER,
                verdict(webinar(Audience.MEMBERS_ONLY, 0), true, graceCoversIt, false, now).outcome());
        assertEquals("This event is for members in good standing. Join or renew to register.",
                verdict(webinar(Audience.MEMBERS_ONLY, 0), true, null, false, now).reason());
    }

    @Test
    void aFullEventOffersTheWaitlist() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        assertEquals(Outcome.REGISTER, verdict(webinar(Audience.MEMBERS_ONLY, 49), true, PAID_THROUGH_2027,
                false, now).outcome());
        assertEquals(Outcome.JOIN_WAITLIST, verdict(webinar(Audience.MEMBERS_ONLY, 50), true,
                PAID_THROUGH_2027, false, now).outcome());
    }

    @Test
    void visitorsRegisteredPeopleAndCancelledEventsAreToldWhy() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        assertEquals("Log in to register.", verdict(webinar(Audience.EVERYONE, 0), false, null, false, now).reason());
        assertEquals("You are already registered.",
                verdict(webinar(Audience.EVERYONE, 0), true, null, true, now).reason());
        EventFacts cancelled = new EventFacts(Audience.EVERYONE, true, false, new RegistrationWindow(OPENS, CLOSES), STARTS, NEW_YORK, 50, 0);
        assertEquals("This event was cancelled.", verdict(cancelled, true, null, false, now).reason());
    }

    @Test
    void registrationClosedEarlyByTheOrganisersIsClosedInsideTheWindow() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        EventFacts closed = new EventFacts(Audience.EVERYONE, false, true, new RegistrationWindow(OPENS, CLOSES), STARTS, NEW_YORK, 50, 0);
        RegistrationVerdict verdict = verdict(closed, true, null, false, now);
        assertEquals(Outcome.REFUSED, verdict.outcome());
        assertEquals("The organisers have closed registration.", verdict.reason());
    }

    @Test
    void timesReadInTheEventsZoneWhateverTheViewersZone() {
        assertEquals("Thursday, January 14, 2027, 2:00 PM EST (New York time)", EventTimes.dayAndTime(STARTS, NEW_YORK));
        assertEquals("11:00 AM PST (Los Angeles time)", EventTimes.time(STARTS, ZoneId.of("America/Los_Angeles")));
    }

    @Test
    void aMemberWhoJoinedThisEveningInNewYorkMayRegisterForEventsInEveryZone() {
        // 00:30 UTC on November 30 is 7:30 PM on November 29 in New York, 2:30 PM in Honolulu and
        // 11:30 AM on November 30 in Sydney. A minute earlier the member joined and paid: the
        // association's calendar (New York) says the period starts November 29.
        Instant now = Instant.parse("2026-11-30T00:30:00Z");
        Standing joinedAMinuteAgo = new Standing(LocalDate.parse("2026-11-29"), LocalDate.parse("2027-12-31"), 30, false);
        Instant december10 = Instant.parse("2026-12-10T19:00:00Z");
        for (String zone : new String[] {"America/New_York", "Pacific/Honolulu", "Australia/Sydney"}) {
            RegistrationVerdict verdict = verdict(membersOnlyIn(ZoneId.of(zone), december10), true, joinedAMinuteAgo, false, now);
            assertEquals(Outcome.REGISTER, verdict.outcome(), zone + ": " + verdict.reason());
        }
        // and the same event later today in New York (tomorrow in Sydney) is open to them
        Instant tonight = Instant.parse("2026-11-30T02:00:00Z");
        for (String zone : new String[] {"America/New_York", "Pacific/Honolulu", "Australia/Sydney"}) {
            assertEquals(Outcome.REGISTER, verdict(membersOnlyIn(ZoneId.of(zone), tonight), true, joinedAMinuteAgo, false, now).outcome(),
                    zone);
        }
    }

    @Test
    void aMembershipStartingTomorrowInTheAssociationsZoneIsNotYetInGoodStandingWhereverTheEventIs() {
        Instant now = Instant.parse("2026-11-30T00:30:00Z"); // November 29 in New York
        Standing startsTomorrow = new Standing(LocalDate.parse("2026-11-30"), LocalDate.parse("2027-12-31"), 30, false);
        for (String zone : new String[] {"America/New_York", "Pacific/Honolulu", "Australia/Sydney"}) {
            assertEquals("This event is for members in good standing. Join or renew to register.",
                    verdict(membersOnlyIn(ZoneId.of(zone), Instant.parse("2026-12-10T19:00:00Z")), true, startsTomorrow, false, now)
                            .reason(), zone);
        }
    }

    @Test
    void theEventsDayIsReadInTheAssociationsZone() {
        // paid through December 31, no grace: an event at 9:00 AM on January 1 in Sydney starts
        // at 5:00 PM on December 31 in New York, inside the paid period
        Standing throughDecember31 = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 0, false);
        Instant sydneyNewYearsMorning = Instant.parse("2026-12-31T22:00:00Z");
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        assertEquals(Outcome.REGISTER, verdict(membersOnlyIn(ZoneId.of("Australia/Sydney"), sydneyNewYearsMorning), true,
                throughDecember31, false, now).outcome());
        // an event at 8:00 PM on December 31 in Honolulu is January 1 in New York: after the end
        Instant honoluluNewYearsEve = Instant.parse("2027-01-01T06:00:00Z");
        assertEquals("Your membership ends before the event. Renew it to register.",
                verdict(membersOnlyIn(ZoneId.of("Pacific/Honolulu"), honoluluNewYearsEve), true, throughDecember31, false, now).reason());
    }
}
