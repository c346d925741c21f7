package org.civicportal.marketplace;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vetting rules, asked by the administrators' page (which buttons to offer, and why not) and
 * again by {@link ProviderVetting} when a button is pressed: an application is approved only with
 * every item of the checklist ticked, or declined; an approved provider may be suspended, and a
 * suspended one reinstated. A decided application is not decided again.
 */
public final class VettingPolicy {

    private VettingPolicy() {
    }

    public static ProviderVerdict mayApprove(ProviderStatus status, Set<VettingCheck> ticked) {
        if (status != ProviderStatus.APPLIED) {
            return ProviderVerdict.no(decided(status));
        }
        Set<VettingCheck> missing = EnumSet.allOf(VettingCheck.class);
        if (ticked != null) {
            missing.removeAll(ticked);
        }
        if (!missing.isEmpty()) {
            return ProviderVerdict.no("Tick every item of the checklist to approve. Not ticked: "
                    + missing.stream().map(VettingCheck::getLabel).collect(Collectors.joining("; ")) + ".");
        }
        return ProviderVerdict.yes();
    }

    public static ProviderVerdict mayDecline(ProviderStatus status) {
        return status == ProviderStatus.APPLIED ? ProviderVerdict.yes() : ProviderVerdict.no(decided(status));
    }

    public static ProviderVerdict maySuspend(ProviderStatus status) {
        return status == ProviderStatus.APPROVED ? ProviderVerdict.yes()
                : ProviderVerdict.no("Only an approved provider can be suspended; this one is " + status.getLabel().toLowerCase() + ".");
    }

    public static ProviderVerdict mayReinstate(ProviderStatus status) {
        return status == ProviderStatus.SUSPENDED ? ProviderVerdict.yes()
                : ProviderVerdict.no("Only a suspended provider can be reinstated; this one is " + status.getLabel().toLowerCase() + ".");
    }

    private static String decided(ProviderStatus status) {
        return "This application is decided already: the organisation is " + status.getLabel().toLowerCase() + ".";
    }
}
