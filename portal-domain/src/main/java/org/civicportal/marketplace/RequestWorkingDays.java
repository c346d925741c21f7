package org.civicportal.marketplace;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working days (Monday to Friday) in the association's zone, for the reminder to providers that
 * have not answered. A request sent on a weekend starts counting on Monday morning.
 */
public final class RequestWorkingDays {

    private RequestWorkingDays() {
    }

    /**
     * The moment {@code days} working days after {@code start}: the same time of day on the
     * {@code days}-th working day after it (from Monday 00:00 if it falls on a weekend).
     */
    public static ZonedDateTime after(ZonedDateTime start, int days) {
        ZonedDateTime moment = start;
        if (isWeekend(moment)) {
            while (isWeekend(moment)) {
                moment = moment.plusDays(1);
            }
            moment = moment.toLocalDate().atStartOfDay(moment.getZone());
        }
        int counted = 0;
        while (counted < days) {
            moment = moment.plusDays(1);
            if (!isWeekend(moment)) {
                counted++;
            }
        }
        return moment;
    }

    /** True once {@link RequestLimits#REMINDER_AFTER_WORKING_DAYS} working days have passed since the request was sent. */
    public static boolean reminderDue(Instant sentAt, Instant now, ZoneId zone) {
        return !now.isBefore(after(sentAt.atZone(zone), RequestLimits.REMINDER_AFTER_WORKING_DAYS).toInstant());
    }

    private static boolean isWeekend(ZonedDateTime moment) {
        DayOfWeek day = moment.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
