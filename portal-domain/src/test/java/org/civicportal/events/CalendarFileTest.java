package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The calendar files, read back by a real iCalendar library (ical4j), as a calendar program would. */
class CalendarFileTest {

    private static final CalendarFile.Entry WEBINAR = new CalendarFile.Entry("event-42@civicportal.example",
            "Service Delivery Collaborations: Are They Worth the Effort?",
            "A free webinar for members; join link on the event page.\nBring questions, and a colleague.",
            "Online", "https://portal.example/events/webinar.xhtml?id=42",
            Instant.parse("2027-01-14T19:00:00Z"), Duration.ofMinutes(75), ZoneId.of("America/New_York"), 0);

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void anInvitationCarriesTheEventInItsOwnTimeZone() throws Exception {
        Calendar calendar = parse(CalendarFile.invitation(WEBINAR, Instant.parse("2026-12-10T15:00:00Z")));
        calendar.validate();
        assertEquals("REQUEST", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("event-42@civicportal.example", event.getProperty("UID").orElseThrow().getValue());
        assertEquals(WEBINAR.title(), event.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals(WEBINAR.description(), event.getProperty("DESCRIPTION").orElseThrow().getValue(), "line breaks survive");
        assertEquals("America/New_York", event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
        Temporal start = event.getDateTimeStart().getDate();
        assertEquals(WEBINAR.startsAt(), ZonedDateTime.from(start).toInstant(), "the same instant, 2:00 PM EST");
        Temporal end = event.getDateTimeEnd().getDate();
        assertEquals(WEBINAR.startsAt().plus(Duration.ofMinutes(75)), ZonedDateTime.from(end).toInstant());
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals("America/New_York", zone.getProperty("TZID").orElseThrow().getValue());
    }

    @Test
    void aSummerEventUsesDaylightTime() throws Exception {
        CalendarFile.Entry july = new CalendarFile.Entry("event-7@civicportal.example", "Forum", null, "Room 204, Convention Center",
                null, Instant.parse("2027-07-20T14:30:00Z"), Duration.ofMinutes(60), ZoneId.of("America/Chicago"), 0);
        String ics = CalendarFile.invitation(july, Instant.parse("2027-06-01T00:00:00Z"));
        assertTrue(ics.contains("DTSTART;TZID=America/Chicago:20270720T093000"), ics);
        Calendar calendar = parse(ics);
        calendar.validate();
        assertEquals("Room 204, Convention Center",
                calendar.<VEvent>getComponent("VEVENT").orElseThrow().getProperty("LOCATION").orElseThrow().getValue());
    }

    @Test
    void aCancellationKeepsTheUidAndRaisesTheSequence() throws Exception {
        CalendarFile.Entry cancelled = new CalendarFile.Entry(WEBINAR.uid(), WEBINAR.title(), null, null, null,
                WEBINAR.startsAt(), WEBINAR.duration(), WEBINAR.zone(), 1);
        Calendar calendar = parse(CalendarFile.cancellation(cancelled, Instant.parse("2026-12-11T15:00:00Z")));
        assertEquals("CANCEL", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(WEBINAR.uid(), event.getProperty("UID").orElseThrow().getValue());
        assertEquals("1", event.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("CANCELLED", event.getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    void theAddToCalendarFileIsPublishedNotAnInvitation() throws Exception {
        Calendar calendar = parse(CalendarFile.published(WEBINAR, Instant.parse("2026-12-10T15:00:00Z"), false));
        calendar.validate();
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(WEBINAR.uid(), event.getProperty("UID").orElseThrow().getValue());
        assertEquals("CONFIRMED", event.getProperty("STATUS").orElseThrow().getValue());

        Calendar cancelled = parse(CalendarFile.published(WEBINAR, Instant.parse("2026-12-11T15:00:00Z"), true));
        assertEquals("PUBLISH", cancelled.getProperty("METHOD").orElseThrow().getValue());
        assertEquals("CANCELLED", cancelled.<VEvent>getComponent("VEVENT").orElseThrow().getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    void longLinesAreFoldedAndEveryLineEndsInCrLf() {
        String ics = CalendarFile.invitation(WEBINAR, Instant.parse("2026-12-10T15:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(!ics.replace("\r\n", "").contains("\n"), "no bare line feeds");
    }

    @Test
    void aZoneWithoutDaylightTimeStillHasAnObservance() throws Exception {
        CalendarFile.Entry phoenix = new CalendarFile.Entry("event-9@civicportal.example", "Budget clinic", null, null, null,
                Instant.parse("2027-03-20T17:00:00Z"), Duration.ofMinutes(90), ZoneId.of("America/Phoenix"), 0);
        Calendar calendar = parse(CalendarFile.invitation(phoenix, Instant.parse("2027-03-01T00:00:00Z")));
        calendar.validate();
        assertTrue(CalendarFile.invitation(phoenix, Instant.parse("2027-03-01T00:00:00Z")).contains("TZOFFSETTO:-0700"));
    }
}
