package org.civicportal.membership;

import java.time.LocalDate;

/**
 * What a person should do next about their membership, for their overview page. It only orders
 * the questions: whether joining or renewing is open is {@link MembershipPolicy}'s answer, the
 * same one the "My membership" page and the service give, and the status is {@link Standing}'s.
 */
public enum MembershipNextStep {
    /** Never applied, or may apply again (rejected, never paid): join. */
    JOIN,
    /** The application waits for an administrator. */
    AWAITING_APPROVAL,
    /** An invoice waits for payment. */
    PAY_INVOICE,
    /** Renewal is open (from the renewal window on, in grace, after a lapse): renew. */
    RENEW,
    /** In good standing, renewal not open yet: nothing to do. */
    ACTIVE,
    /** Cancelled, or anything else the membership page explains: no step here. */
    SEE_MEMBERSHIP;

    /**
     * The next step on a day.
     *
     * @param membership the facts of the person's membership, or null if they never applied
     */
    public static MembershipNextStep of(MembershipPolicy.Facts membership, LocalDate today) {
        if (membership == null) {
            return JOIN;
        }
        MembershipStatus status = membership.standing().on(today);
        if (status == MembershipStatus.CANCELLED) {
            return SEE_MEMBERSHIP;
        }
        if (membership.approval() == Approval.PENDING) {
            return AWAITING_APPROVAL;
        }
        if (membership.invoiceWaiting()) {
            return PAY_INVOICE;
        }
        if (MembershipPolicy.mayRenew(membership, today).allowed()) {
            return RENEW;
        }
        if (MembershipPolicy.mayJoin(membership, today).allowed()) {
            return JOIN;
        }
        return status.isGoodStanding() ? ACTIVE : SEE_MEMBERSHIP;
    }
}
