package org.civicportal.marketplace;

/** May a step be taken on a provider now, and if not, why (in words for the person who asked). */
public record ProviderVerdict(boolean allowed, String reason) {

    static ProviderVerdict yes() {
        return new ProviderVerdict(true, null);
    }

    static ProviderVerdict no(String reason) {
        return new ProviderVerdict(false, reason);
    }
}
