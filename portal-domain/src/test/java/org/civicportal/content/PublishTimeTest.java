package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import org.civicportal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PublishTimeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void anEveningTimeInTheAssociationsZoneIsTheNextDayInUtc() {
        // 20:30 in New York in March (EDT, UTC-4) is 00:30 UTC the next day
        assertEquals(Instant.parse("2027-03-19T00:30:00Z"), PublishTime.parse("2027-03-18T20:30", NEW_YORK));
        // and in January (EST, UTC-5), 19:30 is 00:30 UTC the next day
        assertEquals(Instant.parse("2027-01-16T00:30:00Z"), PublishTime.parse(" 2027-01-15T19:30 ", NEW_YORK));
    }

    @Test
    void nothingTypedMeansNow() {
        assertNull(PublishTime.parse("  ", NEW_YORK));
        assertNull(PublishTime.parse(null, NEW_YORK));
    }

    @Test
    void malformedOverlongOrSkippedTimesAreRefusedInPlainWords() {
        for (String wrong : new String[] {"tomorrow at nine", "2027-02-30T09:00", "2027-03-18 09:00", "2027-03-18T09:00" + " ".repeat(30)}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PublishTime.parse(wrong, NEW_YORK), wrong);
            assertEquals("Enter a date and time like 2027-03-18T09:00.", refused.problems().get("publishAt"), wrong);
        }
        InvalidInputException gap = assertThrows(InvalidInputException.class, () -> PublishTime.parse("2027-03-14T02:30", NEW_YORK));
        assertEquals("That time does not exist here: the clocks go forward then. Choose another time.", gap.problems().get("publishAt"));
    }

    @Test
    void aTimeTheClocksRepeatIsTheFirstOfTheTwo() {
        // 01:30 on the first Sunday of November happens twice in New York; the earlier (EDT) one is meant
        assertEquals(Instant.parse("2027-11-07T05:30:00Z"), PublishTime.parse("2027-11-07T01:30", NEW_YORK));
    }
}
