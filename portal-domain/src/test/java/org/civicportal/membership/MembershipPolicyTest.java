package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.civicportal.membership.MembershipPolicy.Facts;
import org.junit.jupiter.api.Test;

/** Who may join and who may renew: one answer for the page and the service. */
class MembershipPolicyTest {

    private static final Standing PAID_2026 = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 30, false);

    private static Facts paid2026(boolean invoiceWaiting) {
        return new Facts(PAID_2026, Approval.NOT_NEEDED, invoiceWaiting, 30);
    }

    @Test
    void someoneWhoNeverAppliedMayJoinButHasNothingToRenew() {
        assertTrue(MembershipPolicy.mayJoin(null, LocalDate.parse("2026-06-01")).allowed());
        MembershipVerdict renew = MembershipPolicy.mayRenew(null, LocalDate.parse("2026-06-01"));
        assertFalse(renew.allowed());
        assertEquals("You have no membership to renew yet: join first.", renew.reason());
    }

    @Test
    void anActiveMemberMayNotJoinAgainAndRenewsFromTheWindowOn() {
        MembershipVerdict join = MembershipPolicy.mayJoin(paid2026(false), LocalDate.parse("2026-06-01"));
        assertEquals("Your membership is already active. Renew it when renewal opens.", join.reason());
        MembershipVerdict early = MembershipPolicy.mayRenew(paid2026(false), LocalDate.parse("2026-11-30"));
        assertEquals("Renewal opens on December 1, 2026.", early.reason());
        assertTrue(MembershipPolicy.mayRenew(paid2026(false), LocalDate.parse("2026-12-01")).allowed());
        assertEquals(LocalDate.parse("2026-12-01"), MembershipPolicy.renewalOpensOn(paid2026(false)));
    }

    @Test
    void aLapsedMemberMayRenewOrJoinAgainAndThePageAndTheServiceAgree() {
        LocalDate lapsed = LocalDate.parse("2027-02-15");
        assertEquals(MembershipStatus.LAPSED, PAID_2026.on(lapsed));
        assertTrue(MembershipPolicy.mayRenew(paid2026(false), lapsed).allowed(), "renewing starts a new period today");
        assertTrue(MembershipPolicy.mayJoin(paid2026(false), lapsed).allowed(), "or joining again, in a category that fits now");
        assertTrue(MembershipPolicy.mayJoin(paid2026(false), LocalDate.parse("2027-01-30")).reason().contains("in grace"),
                "in grace: renew instead");
    }

    @Test
    void anInvoiceWaitingForPaymentStopsBoth() {
        LocalDate lapsed = LocalDate.parse("2027-02-15");
        assertEquals(Invoicing.ALREADY_OPEN, MembershipPolicy.mayRenew(paid2026(true), lapsed).reason());
        assertEquals("Your application is already on its way: see its status below.",
                MembershipPolicy.mayJoin(paid2026(true), lapsed).reason());
        Facts firstInvoiceWaiting = new Facts(Standing.pending(30), Approval.NOT_NEEDED, true, 30);
        assertFalse(MembershipPolicy.mayJoin(firstInvoiceWaiting, lapsed).allowed());
        assertEquals("Your first invoice is not paid yet, so there is nothing to renew.",
                MembershipPolicy.mayRenew(firstInvoiceWaiting, lapsed).reason());
    }

    @Test
    void anApplicationWaitingForApprovalOrRejectedOrACancelledMembership() {
        LocalDate day = LocalDate.parse("2026-06-01");
        assertFalse(MembershipPolicy.mayJoin(new Facts(Standing.pending(30), Approval.PENDING, false, 30), day).allowed());
        assertTrue(MembershipPolicy.mayJoin(new Facts(Standing.pending(30), Approval.REJECTED, false, 30), day).allowed(),
                "a rejected applicant may choose another category");
        Facts cancelled = new Facts(new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 30, true),
                Approval.NOT_NEEDED, false, 30);
        assertEquals("This membership was cancelled. Please contact the association to join again.",
                MembershipPolicy.mayJoin(cancelled, day).reason());
        assertEquals("A cancelled membership cannot be renewed. Please contact the association.",
                MembershipPolicy.mayRenew(cancelled, LocalDate.parse("2026-12-15")).reason());
    }
}
