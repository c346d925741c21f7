package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RequestWorkingDaysTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void fiveWorkingDaysFromAThursdaySkipTheWeekend() {
        ZonedDateTime thursday = ZonedDateTime.of(2027, 3, 4, 10, 0, 0, 0, NEW_YORK);
        assertEquals(ZonedDateTime.of(2027, 3, 11, 10, 0, 0, 0, NEW_YORK), RequestWorkingDays.after(thursday, 5));
    }

    @Test
    void fiveWorkingDaysFromAMondayEndTheNextMonday() {
        ZonedDateTime monday = ZonedDateTime.of(2027, 3, 1, 9, 30, 0, 0, NEW_YORK);
        assertEquals(ZonedDateTime.of(2027, 3, 8, 9, 30, 0, 0, NEW_YORK), RequestWorkingDays.after(monday, 5));
    }

    @Test
    void aRequestSentOnASaturdayStartsCountingOnMondayMorning() {
        ZonedDateTime saturday = ZonedDateTime.of(2027, 3, 6, 15, 0, 0, 0, NEW_YORK);
        assertEquals(ZonedDateTime.of(2027, 3, 15, 0, 0, 0, 0, NEW_YORK), RequestWorkingDays.after(saturday, 5));
    }

    @Test
    void theReminderIsDueFromTheMomentTheFifthWorkingDayIsOverInTheAssociationsZone() {
        Instant sent = Instant.parse("2027-03-04T15:00:00Z"); // Thursday 10:00 in New York
        assertFalse(RequestWorkingDays.reminderDue(sent, Instant.parse("2027-03-11T14:59:59Z"), NEW_YORK));
        assertTrue(RequestWorkingDays.reminderDue(sent, Instant.parse("2027-03-11T15:00:00Z"), NEW_YORK));
        // across the change to daylight saving time (March 14, 2027) the local time of day is kept
        Instant friday = Instant.parse("2027-03-12T15:00:00Z"); // Friday 10:00 EST
        assertFalse(RequestWorkingDays.reminderDue(friday, Instant.parse("2027-03-19T13:59:00Z"), NEW_YORK));
        assertTrue(RequestWorkingDays.reminderDue(friday, Instant.parse("2027-03-19T14:00:00Z"), NEW_YORK), "10:00 EDT");
    }
}
