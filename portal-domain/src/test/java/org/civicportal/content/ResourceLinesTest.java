package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line-by-line fields of the library's forms: what is read, and the first line that cannot be. */
class ResourceLinesTest {

    @Test
    void findingsAreReadOneALineWithoutEmptyLinesWithinTheirLimits() {
        ResourceLines.Read<String> read = ResourceLines.texts("  First finding.  \r\n\n\nSecond finding.\n", 20, 500, "key findings");
        assertNull(read.problem());
        assertEquals(List.of("First finding.", "Second finding."), read.values());
        assertTrue(ResourceLines.texts("A.\n".repeat(21), 20, 500, "key findings").problem().contains("at most 20 key findings"));
        assertEquals("Line 2 is too long: use at most 500 characters a line.",
                ResourceLines.texts("Short.\n" + "x".repeat(501), 20, 500, "key findings").problem());
        assertEquals("Line 1 holds characters that cannot be shown.", ResourceLines.texts("bell\u0007", 20, 500, "key findings").problem());
        assertTrue(ResourceLines.texts("x".repeat(ResourceLines.MAX_TEXT + 1), 20, 500, "key findings").problem().contains("too long"));
    }

    @Test
    void datesAreReadWithTheirEventsSortedAndWrittenBackAsTheyWereTyped() {
        ResourceLines.Read<TrainingDate> read = ResourceLines.dates("2027-09-08\n2027-04-14 event 3\n2027-05-01   EVENT   12", 30);
        assertNull(read.problem());
        assertEquals(List.of(LocalDate.of(2027, 4, 14), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 9, 8)),
                read.values().stream().map(TrainingDate::getDate).toList());
        assertEquals(3L, read.values().get(0).getEventId());
        assertEquals(12L, read.values().get(1).getEventId());
        assertNull(read.values().get(2).getEventId());
        assertEquals("2027-04-14 event 3\n2027-05-01 event 12\n2027-09-08", ResourceLines.dateLines(read.values()));
        for (String wrong : List.of("14/04/2027", "2027-02-30", "2027-04-14 event", "2027-04-14 event x", "2027-04-14 event 0",
                "2027-04-14 seminar 3", "2027-4-14", "2027-04-14 event 1234567890123")) {
            String problem = ResourceLines.dates("2027-01-01\n" + wrong, 30).problem();
            assertTrue(problem != null && problem.startsWith("Write line 2 as a date like 2027-04-14"), wrong + ": " + problem);
        }
        assertTrue(ResourceLines.dates("2027-01-01\n".repeat(31), 30).problem().contains("at most 30 dates"));
    }

    @Test
    void eventsAreReadEachOnceInTheOrderGiven() {
        ResourceLines.Read<Long> read = ResourceLines.events("event 7\n\nevent 2\nevent 7", 20);
        assertEquals(List.of(7L, 2L), read.values());
        assertEquals("event 7\nevent 2", ResourceLines.eventLines(read.values()));
        assertEquals("Write line 2 as an event's number like event 3.", ResourceLines.events("event 1\n3", 20).problem());
        assertTrue(ResourceLines.events("event 1\n".repeat(21), 20).problem().contains("at most 20 events"));
    }
}
