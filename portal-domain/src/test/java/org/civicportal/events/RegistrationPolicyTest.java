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

    private static final Standing PAID_THROUGH_2027 =
            new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), 30, false);

    @Test
    void theClosingInstantItselfIsTooLate() {
        assertEquals(Outcome.REGISTER, RegistrationPolicy.verdict(webinar(Audience.EVERYONE, 0), true, null, false,
                CLOSES.minusMillis(1)).outcome());
        RegistrationVerdict atClose = RegistrationPolicy.verdict(webinar(Audience.EVERYONE, 0), true, null, false, CLOSES);
        assertEquals(Outcome.REFUSED, atClose.outcome());
        assertEquals("Registration closed on Wednesday, January 13, 2027, 5:00 PM EST (New York time).", atClose.reason());
    }

    @Test
    void beforeTheWindowThePageSaysWhenItOpens() {
        RegistrationVerdict early = RegistrationPolicy.verdict(webinar(Audience.EVERYONE, 0), true, null, false, OPENS.minusSeconds(1));
        assertEquals("Registration opens on Tuesday, December 1, 2026, 9:00 AM EST (New York time).", early.reason());
        assertEquals(Outcome.REGISTER, RegistrationPolicy.verdict(webinar(Audience.EVERYONE, 0), true, null, false, OPENS).outcome());
    }

    @Test
    void aMembersOnlyEventNeedsGoodStandingThroughTheEventDay() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        Standing endsBefore = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-12"), 30, false);
        assertEquals("Your membership ends before the event. Renew it to register.",
                RegistrationPolicy.verdict(webinar(Audience.MEMBERS_ONLY, 0), true, endsBefore, false, now).reason(),
                "grace ends January 11, the event is January 14");
        Standing graceCoversIt = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 30, false);
        assertEquals(Outcome.REGISTER,
                RegistrationPolicy.verdict(webinar(Audience.MEMBERS_ONLY, 0), true, graceCoversIt, false, now).outcome());
        assertEquals("This event is for members in good standing. Join or renew to register.",
                RegistrationPolicy.verdict(webinar(Audience.MEMBERS_ONLY, 0), true, null, false, now).reason());
    }

    @Test
    void aFullEventOffersTheWaitlist() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        assertEquals(Outcome.REGISTER, RegistrationPolicy.verdict(webinar(Audience.MEMBERS_ONLY, 49), true, PAID_THROUGH_2027,
                false, now).outcome());
        assertEquals(Outcome.JOIN_WAITLIST, RegistrationPolicy.verdict(webinar(Audience.MEMBERS_ONLY, 50), true,
                PAID_THROUGH_2027, false, now).outcome());
    }

    @Test
    void visitorsRegisteredPeopleAndCancelledEventsAreToldWhy() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        assertEquals("Log in to register.", RegistrationPolicy.verdict(webinar(Audience.EVERYONE, 0), false, null, false, now).reason());
        assertEquals("You are already registered.",
                RegistrationPolicy.verdict(webinar(Audience.EVERYONE, 0), true, null, true, now).reason());
        EventFacts cancelled = new EventFacts(Audience.EVERYONE, true, false, new RegistrationWindow(OPENS, CLOSES), STARTS, NEW_YORK, 50, 0);
        assertEquals("This event was cancelled.", RegistrationPolicy.verdict(cancelled, true, null, false, now).reason());
    }

    @Test
    void registrationClosedEarlyByTheOrganisersIsClosedInsideTheWindow() {
        Instant now = Instant.parse("2026-12-10T15:00:00Z");
        EventFacts closed = new EventFacts(Audience.EVERYONE, false, true, new RegistrationWindow(OPENS, CLOSES), STARTS, NEW_YORK, 50, 0);
        RegistrationVerdict verdict = RegistrationPolicy.verdict(closed, true, null, false, now);
        assertEquals(Outcome.REFUSED, verdict.outcome());
        assertEquals("The organisers have closed registration.", verdict.reason());
    }

    @Test
    void timesReadInTheEventsZoneWhateverTheViewersZone() {
        assertEquals("Thursday, January 14, 2027, 2:00 PM EST (New York time)", EventTimes.dayAndTime(STARTS, NEW_YORK));
        assertEquals("11:00 AM PST (Los Angeles time)", EventTimes.time(STARTS, ZoneId.of("America/Los_Angeles")));
    }
}
