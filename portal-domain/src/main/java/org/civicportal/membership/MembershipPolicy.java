package org.civicportal.membership;

import java.time.LocalDate;
import java.util.Locale;
import org.civicportal.shared.ReadableDates;

/**
 * May a person join, or renew, today? One rule asked by the "My membership" page (to show the
 * categories and the Renew button) and again by {@link MembershipLifecycle} when the button is
 * pressed, so the page never offers what the service refuses. Eligibility of a position for a
 * category is a separate question ({@code MembershipLifecycle.reasonNotAllowed}).
 *
 * <ul>
 *   <li>Joining: anyone without a running or waiting membership: never applied, not paid yet
 *       (and not waiting for approval), rejected, or lapsed (who may also pick a new category).</li>
 *   <li>Renewing: a membership paid before and not cancelled, from the category's renewal window
 *       on (also in grace and after a lapse).</li>
 *   <li>Neither while an invoice waits for payment: one open invoice per membership.</li>
 * </ul>
 */
public final class MembershipPolicy {


    private MembershipPolicy() {
    }

    /**
     * The facts about a membership the rule needs.
     *
     * @param invoiceWaiting   true if one of its invoices is open
     * @param renewalOpensDays how many days before the end renewal opens (from the category)
     */
    public record Facts(Standing standing, Approval approval, boolean invoiceWaiting, int renewalOpensDays) {

        /** The facts of a membership whose invoices are known. */
        public static Facts of(Membership membership, boolean invoiceWaiting) {
            return new Facts(membership.standing(), membership.getApproval(), invoiceWaiting,
                    membership.getCategory().getRenewalOpensDays());
        }
    }

    /**
     * May the person apply for membership today?
     *
     * @param membership the person's membership, or null if they never applied
     */
    public static MembershipVerdict mayJoin(Facts membership, LocalDate today) {
        if (membership == null) {
            return MembershipVerdict.yes();
        }
        MembershipStatus status = membership.standing().on(today);
        if (status == MembershipStatus.CANCELLED) {
            return MembershipVerdict.no("This membership was cancelled. Please contact the association to join again.");
        }
        if (status.isGoodStanding()) {
            return MembershipVerdict.no("Your membership is already " + status.getLabel().toLowerCase(Locale.ROOT)
                    + ". Renew it when renewal opens.");
        }
        if (membership.approval() == Approval.PENDING || membership.invoiceWaiting()) {
            return MembershipVerdict.no("Your application is already on its way: see its status below.");
        }
        return MembershipVerdict.yes();
    }

    /**
     * May the person renew today?
     *
     * @param membership the person's membership, or null if they never applied
     */
    public static MembershipVerdict mayRenew(Facts membership, LocalDate today) {
        if (membership == null) {
            return MembershipVerdict.no("You have no membership to renew yet: join first.");
        }
        Standing standing = membership.standing();
        if (standing.cancelled()) {
            return MembershipVerdict.no("A cancelled membership cannot be renewed. Please contact the association.");
        }
        if (standing.paidThrough() == null) {
            return MembershipVerdict.no("Your first invoice is not paid yet, so there is nothing to renew.");
        }
        if (!standing.canRenewOn(today, membership.renewalOpensDays())) {
            return MembershipVerdict.no("Renewal opens on " + ReadableDates.DAY.format(renewalOpensOn(membership)) + ".");
        }
        if (membership.invoiceWaiting()) {
            return MembershipVerdict.no(Invoicing.ALREADY_OPEN);
        }
        return MembershipVerdict.yes();
    }

    /** The first day renewal is open, or null before anything is paid. */
    public static LocalDate renewalOpensOn(Facts membership) {
        LocalDate paidThrough = membership.standing().paidThrough();
        return paidThrough == null ? null : paidThrough.minusDays(membership.renewalOpensDays());
    }
}
