package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VettingPolicyTest {

    @Test
    void anApplicationIsApprovedOnlyWithEveryCheckTicked() {
        assertTrue(VettingPolicy.mayApprove(ProviderStatus.APPLIED, EnumSet.allOf(VettingCheck.class)).allowed());

        ProviderVerdict oneMissing = VettingPolicy.mayApprove(ProviderStatus.APPLIED, EnumSet.complementOf(EnumSet.of(VettingCheck.INSURANCE)));
        assertFalse(oneMissing.allowed());
        assertEquals("Tick every item of the checklist to approve. Not ticked: Professional liability insurance in force.", oneMissing.reason());

        assertFalse(VettingPolicy.mayApprove(ProviderStatus.APPLIED, Set.of()).allowed());
        assertFalse(VettingPolicy.mayApprove(ProviderStatus.APPLIED, null).allowed());
    }

    @Test
    void aDecidedApplicationIsNotDecidedAgain() {
        for (ProviderStatus decided : EnumSet.complementOf(EnumSet.of(ProviderStatus.APPLIED))) {
            ProviderVerdict approve = VettingPolicy.mayApprove(decided, EnumSet.allOf(VettingCheck.class));
            assertFalse(approve.allowed(), decided.name());
            assertTrue(approve.reason().startsWith("This application is decided already"), approve.reason());
            assertFalse(VettingPolicy.mayDecline(decided).allowed(), decided.name());
        }
        assertTrue(VettingPolicy.mayDecline(ProviderStatus.APPLIED).allowed());
    }

    @Test
    void onlyAnApprovedProviderIsSuspendedAndOnlyASuspendedOneReinstated() {
        for (ProviderStatus status : ProviderStatus.values()) {
            assertEquals(status == ProviderStatus.APPROVED, VettingPolicy.maySuspend(status).allowed(), status.name());
            assertEquals(status == ProviderStatus.SUSPENDED, VettingPolicy.mayReinstate(status).allowed(), status.name());
        }
        assertEquals("Only an approved provider can be suspended; this one is declined.",
                VettingPolicy.maySuspend(ProviderStatus.DECLINED).reason());
    }
}
