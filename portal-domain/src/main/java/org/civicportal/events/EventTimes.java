package org.civicportal.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How an event's time reads: always in the event's own time zone, labelled with it, so a viewer
 * elsewhere is never misled ("2:00 PM EST (New York time)").
 */
public final class EventTimes {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu, h:mm a", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private EventTimes() {
    }

    /** E.g. "Thursday, January 14, 2027, 2:00 PM EST (New York time)". */
    public static String dayAndTime(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return DAY_AND_TIME.format(local) + " " + label(local);
    }

    /** E.g. "3:30 PM EST (New York time)". */
    public static String time(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return TIME.format(local) + " " + label(local);
    }

    private static String label(ZonedDateTime local) {
        String abbreviation = DateTimeFormatter.ofPattern("zzz", Locale.US).format(local);
        String city = local.getZone().getId().contains("/")
                ? local.getZone().getId().substring(local.getZone().getId().lastIndexOf('/') + 1).replace('_', ' ')
                : local.getZone().getDisplayName(TextStyle.FULL, Locale.US);
        return abbreviation + " (" + city + " time)";
    }
}
