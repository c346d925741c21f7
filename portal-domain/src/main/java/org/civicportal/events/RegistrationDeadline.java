package org.civicportal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * When registration closes, as a person reads it: "Registration closes today at 5:00 PM EST (New
 * York time)", "… closes in 3 days, Friday, January 8 at 5:00 PM …". Days are counted on the event's own
 * calendar, so "today" is the event's today, not the server's.
 */
public final class RegistrationDeadline {

    /** Up to this many days ahead the phrase counts days; further out it names the date. */
    static final int COUNTED_DAYS = 7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private RegistrationDeadline() {
    }

    /**
     * The phrase for a registration window seen at {@code now}.
     *
     * @param opensAt  when registration opens
     * @param closesAt when it closes (a click at that instant is too late)
     * @param zone     the event's zone
     */
    public static String phrase(Instant opensAt, Instant closesAt, ZoneId zone, Instant now) {
        if (!now.isBefore(closesAt)) {
            return "Registration closed";
        }
        if (now.isBefore(opensAt)) {
            return "Registration opens " + EventTimes.dayAndTime(opensAt, zone);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate closingDay = closesAt.atZone(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, closingDay);
        String time = EventTimes.time(closesAt, zone);
        if (days == 0) {
            return "Registration closes today at " + time;
        }
        if (days == 1) {
            return "Registration closes tomorrow at " + time;
        }
        if (days <= COUNTED_DAYS) {
            return "Registration closes in " + days + " days, " + DAY.format(closingDay) + " at " + time;
        }
        return "Registration closes " + EventTimes.dayAndTime(closesAt, zone);
    }

    /** "12 seats left", "1 seat left", or "Full: the waitlist is open". */
    public static String seats(int seatsLeft) {
        if (seatsLeft <= 0) {
            return "Full: the waitlist is open";
        }
        return seatsLeft == 1 ? "1 seat left" : seatsLeft + " seats left";
    }
}
