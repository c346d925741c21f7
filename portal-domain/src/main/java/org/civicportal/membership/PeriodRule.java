package org.civicportal.membership;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * Which days a join or a renewal buys.
 *
 * <ul>
 *   <li>Anniversary: twelve months from the first day. A membership starting on February 29
 *       runs to February 28 of the next year.</li>
 *   <li>Calendar year: to December 31. Joining on or after the category's late-joiner date (for
 *       example October 1) buys the rest of this year and all of the next, so nobody pays a full
 *       year's dues for a few weeks.</li>
 *   <li>Renewing while active or in grace continues from the end date, never from today, so an
 *       early renewal loses nothing; renewing after a lapse starts a new period from today.</li>
 * </ul>
 */
public final class PeriodRule {

    private final PeriodKind kind;
    private final MonthDay lateJoinersFrom;

    /**
     * @param lateJoinersFrom for calendar years, the first day of the year from which a joiner gets
     *                        the next year as well; ignored for anniversary periods
     */
    public PeriodRule(PeriodKind kind, MonthDay lateJoinersFrom) {
        this.kind = kind;
        this.lateJoinersFrom = lateJoinersFrom;
    }

    /** The period bought by joining (or re-joining after a lapse) on the given day. */
    public MembershipPeriod joining(LocalDate day) {
        if (kind == PeriodKind.ANNIVERSARY) {
            return new MembershipPeriod(day, oneYearAfter(day).minusDays(1));
        }
        boolean late = lateJoinersFrom != null && !MonthDay.from(day).isBefore(lateJoinersFrom);
        int lastYear = late ? day.getYear() + 1 : day.getYear();
        return new MembershipPeriod(day, LocalDate.of(lastYear, Month.DECEMBER, 31));
    }

    /**
     * The period bought by renewing on {@code day} a membership whose current period is
     * {@code current}.
     *
     * @param lapsed true if the membership has lapsed (past its end and its grace days)
     */
    public MembershipPeriod renewing(MembershipPeriod current, LocalDate day, boolean lapsed) {
        if (lapsed) {
            return joining(day);
        }
        LocalDate next = current.end().plusDays(1);
        if (kind == PeriodKind.ANNIVERSARY) {
            return new MembershipPeriod(next, oneYearAfter(next).minusDays(1));
        }
        return new MembershipPeriod(next, LocalDate.of(next.getYear(), Month.DECEMBER, 31));
    }

    /** The same day a year later; from February 29 that is March 1, so a year is never short a day. */
    private static LocalDate oneYearAfter(LocalDate day) {
        if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29) {
            return LocalDate.of(day.getYear() + 1, Month.MARCH, 1);
        }
        return day.plusYears(1);
    }
}
