package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicportal.marketplace.RequestTransitions.ProviderAct;
import org.junit.jupiter.api.Test;

class RequestTransitionsTest {

    @Test
    void aQuestionRepliesAProposalStandsThroughALaterQuestionADeclineIsFinal() {
        assertEquals(RequestAddresseeState.REPLIED, RequestTransitions.after(ProviderAct.ASK, RequestAddresseeState.SENT));
        assertEquals(RequestAddresseeState.REPLIED, RequestTransitions.after(ProviderAct.ASK, RequestAddresseeState.READ));
        assertEquals(RequestAddresseeState.PROPOSAL, RequestTransitions.after(ProviderAct.PROPOSE, RequestAddresseeState.REPLIED));
        assertEquals(RequestAddresseeState.PROPOSAL, RequestTransitions.after(ProviderAct.ASK, RequestAddresseeState.PROPOSAL));
        assertEquals(RequestAddresseeState.DECLINED, RequestTransitions.after(ProviderAct.DECLINE, RequestAddresseeState.PROPOSAL));
    }

    @Test
    void nothingIsSaidInAClosedRequestOrAfterDeclining() {
        for (ProviderAct act : ProviderAct.values()) {
            assertEquals("This request is closed: nothing more can be sent in it.",
                    RequestTransitions.whyProviderMayNot(act, false, RequestAddresseeState.READ, 0, 0).orElseThrow());
            assertEquals("You declined this request: nothing more can be sent in it.",
                    RequestTransitions.whyProviderMayNot(act, true, RequestAddresseeState.DECLINED, 1, 0).orElseThrow());
        }
        assertTrue(RequestTransitions.whyMemberMayNotWrite(false, RequestAddresseeState.REPLIED, 1).isPresent());
        assertTrue(RequestTransitions.whyMemberMayNotWrite(true, RequestAddresseeState.DECLINED, 1).isPresent());
        assertTrue(RequestTransitions.whyMemberMayNotWrite(true, RequestAddresseeState.REPLIED, 1).isEmpty());
        assertTrue(RequestTransitions.whyNotChosen(RequestAddresseeState.DECLINED).isPresent());
        assertTrue(RequestTransitions.whyNotChosen(RequestAddresseeState.PROPOSAL).isEmpty());
    }

    @Test
    void aConversationAndItsProposalsAreCappedButADeclineIsAlwaysPossible() {
        int full = RequestLimits.MAX_MESSAGES_PER_CONVERSATION;
        assertTrue(RequestTransitions.whyProviderMayNot(ProviderAct.ASK, true, RequestAddresseeState.REPLIED, full, 0).isPresent());
        assertTrue(RequestTransitions.whyProviderMayNot(ProviderAct.DECLINE, true, RequestAddresseeState.REPLIED, full, 0).isEmpty());
        assertTrue(RequestTransitions.whyProviderMayNot(ProviderAct.PROPOSE, true, RequestAddresseeState.PROPOSAL, 3,
                RequestLimits.MAX_PROPOSALS).isPresent());
        assertTrue(RequestTransitions.whyProviderMayNot(ProviderAct.PROPOSE, true, RequestAddresseeState.PROPOSAL, 3,
                RequestLimits.MAX_PROPOSALS - 1).isEmpty());
    }

    @Test
    void theDailyLimitCountsTheRequestsSentToday() {
        assertTrue(RequestTransitions.whyNoMoreToday(2, 3).isEmpty());
        assertTrue(RequestTransitions.whyNoMoreToday(3, 3).orElseThrow().startsWith("You have sent 3 requests today"));
        assertTrue(RequestTransitions.whyNoMoreToday(1, 1).orElseThrow().startsWith("You have sent 1 request today"));
    }
}
