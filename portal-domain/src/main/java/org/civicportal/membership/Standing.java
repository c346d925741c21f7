package org.civicportal.membership;

import java.time.LocalDate;

/**
 * The one rule every feature asks: is this membership in good standing on a given day? Computed
 * from dates on each read, so statuses change as time passes without a job having to run.
 *
 * @param paidThrough last day paid for, or null if nothing is paid yet
 * @param graceDays   days after {@code paidThrough} during which access continues
 * @param cancelled   true once the membership was cancelled
 */
public record Standing(LocalDate paidFrom, LocalDate paidThrough, int graceDays, boolean cancelled) {

    /** A membership with nothing paid yet. */
    public static Standing pending(int graceDays) {
        return new Standing(null, null, graceDays, false);
    }

    /** The status on the given day. */
    public MembershipStatus on(LocalDate day) {
        if (cancelled) {
            return MembershipStatus.CANCELLED;
        }
        if (paidThrough == null || (paidFrom != null && day.isBefore(paidFrom))) {
            return MembershipStatus.PENDING;
        }
        if (!day.isAfter(paidThrough)) {
            return MembershipStatus.ACTIVE;
        }
        if (!day.isAfter(graceUntil())) {
            return MembershipStatus.GRACE;
        }
        return MembershipStatus.LAPSED;
    }

    /** True if the member may use members-only pages and actions on that day. */
    public boolean isGoodStandingOn(LocalDate day) {
        return on(day).isGoodStanding();
    }

    /** The last day of access: the paid-through date plus the grace days. */
    public LocalDate graceUntil() {
        return paidThrough == null ? null : paidThrough.plusDays(graceDays);
    }

    /**
     * True if a renewal may be made on that day: from {@code daysBefore} days before the end date
     * on, including grace and after a lapse; never for a cancelled membership or before anything is paid.
     */
    public boolean canRenewOn(LocalDate day, int daysBefore) {
        return !cancelled && paidThrough != null && !day.isBefore(paidThrough.minusDays(daysBefore));
    }
}
