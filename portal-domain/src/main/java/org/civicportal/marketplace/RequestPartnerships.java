package org.civicportal.marketplace;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.content.PartnerType;
import org.civicportal.decision.Readiness;

/**
 * The kinds of partnership a matrix's readiness scores call plausible, in the marketplace's terms.
 * {@link Readiness#partners()} names them in a fixed order: public (another government), private,
 * nonprofit.
 */
public final class RequestPartnerships {

    private static final List<PartnerType> READINESS_ORDER = List.of(PartnerType.INTERGOVERNMENTAL, PartnerType.PRIVATE,
            PartnerType.NONPROFIT);

    private RequestPartnerships() {
    }

    /** The plausible kinds; empty when the readiness is not complete (then any kind suits). */
    public static Set<PartnerType> plausible(Readiness readiness) {
        Set<PartnerType> kinds = EnumSet.noneOf(PartnerType.class);
        if (readiness == null) {
            return kinds;
        }
        List<Readiness.PartnerOutlook> outlooks = readiness.partners();
        for (int i = 0; i < outlooks.size() && i < READINESS_ORDER.size(); i++) {
            if (outlooks.get(i).plausible()) {
                kinds.add(READINESS_ORDER.get(i));
            }
        }
        return kinds;
    }
}
