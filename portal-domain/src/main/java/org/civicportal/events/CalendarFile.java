package org.civicportal.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * An iCalendar (RFC 5545) file for one event: the times in the event's own time zone (TZID),
 * with a VTIMEZONE that describes it, and a UID that stays the same for the event so that an
 * update or a cancellation replaces the entry already in the person's calendar.
 */
public final class CalendarFile {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What the file says about the event. */
    public record Entry(String uid, String title, String description, String location, String url, Instant startsAt,
                        Duration duration, ZoneId zone, int sequence) {
    }

    private CalendarFile() {
    }

    /** An invitation (METHOD:REQUEST), attached to the registration mail. */
    public static String invitation(Entry entry, Instant stamp) {
        return calendar(entry, stamp, "REQUEST", "CONFIRMED");
    }

    /**
     * The event for "Add to calendar" (METHOD:PUBLISH): a copy to keep, not a scheduling message,
     * since a REQUEST needs an ORGANIZER to answer to (RFC 5546). A cancelled event is published
     * with STATUS:CANCELLED and the same UID, so it replaces the entry already saved.
     */
    public static String published(Entry entry, Instant stamp, boolean cancelled) {
        return calendar(entry, stamp, "PUBLISH", cancelled ? "CANCELLED" : "CONFIRMED");
    }

    /** A cancellation of an earlier invitation (METHOD:CANCEL, same UID, higher SEQUENCE). */
    public static String cancellation(Entry entry, Instant stamp) {
        return calendar(entry, stamp, "CANCEL", "CANCELLED");
    }

    private static String calendar(Entry entry, Instant stamp, String method, String status) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Civic Portal//Events//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method);
        timeZone(ics, entry.zone(), entry.startsAt());
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + entry.uid());
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART;TZID=" + entry.zone().getId() + ":" + LOCAL.format(entry.startsAt().atZone(entry.zone())));
        line(ics, "DTEND;TZID=" + entry.zone().getId() + ":"
                + LOCAL.format(entry.startsAt().plus(entry.duration()).atZone(entry.zone())));
        line(ics, "SEQUENCE:" + entry.sequence());
        line(ics, "STATUS:" + status);
        line(ics, "SUMMARY:" + text(entry.title()));
        if (entry.description() != null) {
            line(ics, "DESCRIPTION:" + text(entry.description()));
        }
        if (entry.location() != null) {
            line(ics, "LOCATION:" + text(entry.location()));
        }
        if (entry.url() != null) {
            line(ics, "URL:" + entry.url());
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * The zone's observances around the event: the one in force at the start and the next change,
     * each with its own offsets, which is all a calendar needs to place the event exactly.
     */
    private static void timeZone(StringBuilder ics, ZoneId zone, Instant at) {
        ZoneRules rules = zone.getRules();
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + zone.getId());
        ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition after = rules.nextTransition(at);
        if (before == null && after == null) {
            ZoneOffset offset = rules.getOffset(at);
            observance(ics, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, zone, at);
        } else {
            if (before != null) {
                observance(ics, kind(rules, before), before.getDateTimeBefore(), before.getOffsetBefore(), before.getOffsetAfter(),
                        zone, before.getInstant());
            }
            if (after != null) {
                observance(ics, kind(rules, after), after.getDateTimeBefore(), after.getOffsetBefore(), after.getOffsetAfter(),
                        zone, after.getInstant());
            }
        }
        line(ics, "END:VTIMEZONE");
    }

    private static String kind(ZoneRules rules, ZoneOffsetTransition transition) {
        return rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
    }

    private static void observance(StringBuilder ics, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to,
                                   ZoneId zone, Instant instant) {
        line(ics, "BEGIN:" + kind);
        line(ics, "DTSTART:" + LOCAL.format(start));
        line(ics, "TZOFFSETFROM:" + offset(from));
        line(ics, "TZOFFSETTO:" + offset(to));
        line(ics, "TZNAME:" + DateTimeFormatter.ofPattern("zzz", Locale.US).format(instant.atZone(zone)));
        line(ics, "END:" + kind);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d%02d", minutes / 60, minutes % 60);
    }

    /** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character (RFC 5545, 3.1). */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            if (!first) {
                ics.append(' ');
            }
            ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            ics.append("\r\n");
        }
    }
}
