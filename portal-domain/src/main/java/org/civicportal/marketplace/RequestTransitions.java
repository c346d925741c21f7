package org.civicportal.marketplace;

import java.util.Optional;

/**
 * What may be said in a request, and where each answer leaves the provider: the rules both the
 * pages (to show or hide a button) and the services (when it is pressed) ask. Nothing is said in a
 * closed request; a provider that declined says nothing more and is told nothing more; a
 * conversation and the proposals in it are capped ({@link RequestLimits}).
 */
public final class RequestTransitions {

    /** What a provider does with a request addressed to it. */
    public enum ProviderAct {
        ASK, DECLINE, PROPOSE
    }

    private RequestTransitions() {
    }

    /**
     * Why the provider may not do this now, or empty if it may.
     *
     * @param messages  messages in its conversation so far
     * @param proposals proposals it has sent for this request so far
     */
    public static Optional<String> whyProviderMayNot(ProviderAct act, boolean requestOpen, RequestAddresseeState state,
                                                     long messages, long proposals) {
        if (!requestOpen) {
            return Optional.of("This request is closed: nothing more can be sent in it.");
        }
        if (state == RequestAddresseeState.DECLINED) {
            return Optional.of("You declined this request: nothing more can be sent in it.");
        }
        if (act != ProviderAct.DECLINE && messages >= RequestLimits.MAX_MESSAGES_PER_CONVERSATION) {
            return Optional.of("This conversation has reached " + RequestLimits.MAX_MESSAGES_PER_CONVERSATION
                    + " messages, the most it can hold: continue by telephone or e-mail.");
        }
        if (act == ProviderAct.PROPOSE && proposals >= RequestLimits.MAX_PROPOSALS) {
            return Optional.of("You have sent " + RequestLimits.MAX_PROPOSALS + " proposals for this request, the most one provider may send.");
        }
        return Optional.empty();
    }

    /** Where the provider stands after doing this: a question after a proposal leaves the proposal standing. */
    public static RequestAddresseeState after(ProviderAct act, RequestAddresseeState state) {
        return switch (act) {
            case ASK -> state == RequestAddresseeState.PROPOSAL ? RequestAddresseeState.PROPOSAL : RequestAddresseeState.REPLIED;
            case DECLINE -> RequestAddresseeState.DECLINED;
            case PROPOSE -> RequestAddresseeState.PROPOSAL;
        };
    }

    /** Why the member may not write to this provider now (answer a question, ask one), or empty. */
    public static Optional<String> whyMemberMayNotWrite(boolean requestOpen, RequestAddresseeState state, long messages) {
        if (!requestOpen) {
            return Optional.of("This request is closed: nothing more can be sent in it.");
        }
        if (state == RequestAddresseeState.DECLINED) {
            return Optional.of("This provider declined the request: it is not told any more.");
        }
        if (messages >= RequestLimits.MAX_MESSAGES_PER_CONVERSATION) {
            return Optional.of("This conversation has reached " + RequestLimits.MAX_MESSAGES_PER_CONVERSATION
                    + " messages, the most it can hold: continue by telephone or e-mail.");
        }
        return Optional.empty();
    }

    /** Why the member may not choose this provider when closing, or empty: one that declined cannot be chosen. */
    public static Optional<String> whyNotChosen(RequestAddresseeState state) {
        return state == RequestAddresseeState.DECLINED
                ? Optional.of("This provider declined the request: choose another, or none.") : Optional.empty();
    }

    /** Why the member may not send another request today, or empty. */
    public static Optional<String> whyNoMoreToday(long sentToday, int perDay) {
        if (sentToday < perDay) {
            return Optional.empty();
        }
        return Optional.of("You have sent " + sentToday + (sentToday == 1 ? " request" : " requests")
                + " today, the most a member may send in a day. You can send this one tomorrow; what you wrote is kept on this page.");
    }
}
