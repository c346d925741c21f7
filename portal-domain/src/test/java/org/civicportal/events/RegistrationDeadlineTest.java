package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RegistrationDeadlineTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    /** Friday, January 8, 2027, 5:00 PM in New York. */
    private static final Instant CLOSES = Instant.parse("2027-01-08T22:00:00Z");

    private static String at(String now) {
        return RegistrationDeadline.phrase(OPENS, CLOSES, NEW_YORK, Instant.parse(now));
    }

    @Test
    void sameDayInTheEventsZoneIsToday() {
        assertEquals("Registration closes today at 5:00 PM EST (New York time)", at("2027-01-08T14:00:00Z"));
    }

    @Test
    void theEventsCalendarDecidesTomorrowNotUtc() {
        // 03:00 UTC on the 8th is 10:00 PM on the 7th in New York: closing is tomorrow there.
        assertEquals("Registration closes tomorrow at 5:00 PM EST (New York time)", at("2027-01-08T03:00:00Z"));
    }

    @Test
    void aFewDaysAheadAreCounted() {
        assertEquals("Registration closes in 3 days, Friday, January 8 at 5:00 PM EST (New York time)", at("2027-01-05T15:00:00Z"));
    }

    @Test
    void furtherAheadNamesTheDate() {
        assertEquals("Registration closes Friday, January 8, 2027, 5:00 PM EST (New York time)", at("2026-12-20T15:00:00Z"));
    }

    @Test
    void theClosingInstantItselfIsClosed() {
        assertEquals("Registration closed", at("2027-01-08T22:00:00Z"));
    }

    @Test
    void beforeOpeningSaysWhenItOpens() {
        assertEquals("Registration opens Monday, November 30, 2026, 7:00 PM EST (New York time)", at("2026-11-30T10:00:00Z"));
    }

    @Test
    void seatsReadPlainly() {
        assertEquals("12 seats left", RegistrationDeadline.seats(12));
        assertEquals("1 seat left", RegistrationDeadline.seats(1));
        assertEquals("Full: the waitlist is open", RegistrationDeadline.seats(0));
    }
}
