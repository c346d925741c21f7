package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The overview's next step follows the join/renew verdicts and the status, in that order. */
class MembershipNextStepTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final int GRACE = 30;
    private static final int WINDOW = 60;

    private static MembershipPolicy.Facts facts(Standing standing, Approval approval, boolean invoiceWaiting) {
        return new MembershipPolicy.Facts(standing, approval, invoiceWaiting, WINDOW);
    }

    private static Standing paidThrough(LocalDate end) {
        return new Standing(end.minusYears(1).plusDays(1), end, GRACE, false);
    }

    @Test
    void someoneWhoNeverAppliedJoins() {
        assertEquals(MembershipNextStep.JOIN, MembershipNextStep.of(null, TODAY));
    }

    @Test
    void anApplicationWaitingForApprovalSaysSo() {
        assertEquals(MembershipNextStep.AWAITING_APPROVAL,
                MembershipNextStep.of(facts(Standing.pending(GRACE), Approval.PENDING, false), TODAY));
    }

    @Test
    void anOpenInvoiceIsToBePaidWhetherFirstOrRenewal() {
        assertEquals(MembershipNextStep.PAY_INVOICE, MembershipNextStep.of(facts(Standing.pending(GRACE), Approval.APPROVED, true), TODAY));
        assertEquals(MembershipNextStep.PAY_INVOICE,
                MembershipNextStep.of(facts(paidThrough(TODAY.plusDays(10)), Approval.NOT_NEEDED, true), TODAY));
    }

    @Test
    void renewalFromTheWindowOnInGraceAndAfterALapse() {
        assertEquals(MembershipNextStep.ACTIVE,
                MembershipNextStep.of(facts(paidThrough(TODAY.plusDays(WINDOW + 1)), Approval.NOT_NEEDED, false), TODAY));
        assertEquals(MembershipNextStep.RENEW,
                MembershipNextStep.of(facts(paidThrough(TODAY.plusDays(WINDOW)), Approval.NOT_NEEDED, false), TODAY));
        assertEquals(MembershipNextStep.RENEW,
                MembershipNextStep.of(facts(paidThrough(TODAY.minusDays(5)), Approval.NOT_NEEDED, false), TODAY));
        assertEquals(MembershipNextStep.RENEW,
                MembershipNextStep.of(facts(paidThrough(TODAY.minusDays(GRACE + 5)), Approval.NOT_NEEDED, false), TODAY));
    }

    @Test
    void aRejectedApplicantMayApplyAgainAndACancelledMembershipHasNoStep() {
        assertEquals(MembershipNextStep.JOIN, MembershipNextStep.of(facts(Standing.pending(GRACE), Approval.REJECTED, false), TODAY));
        assertEquals(MembershipNextStep.SEE_MEMBERSHIP,
                MembershipNextStep.of(facts(new Standing(TODAY.minusDays(10), TODAY.plusDays(100), GRACE, true), Approval.NOT_NEEDED, false),
                        TODAY));
    }
}
