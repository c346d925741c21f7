package org.civicportal.membership;

import java.io.Serializable;

/**
 * A category a person may choose, with its quote; or, when they may not, the reason in plain words.
 * (Bean-style getters too: Faces 4 expressions do not read record components.)
 */
public record MembershipOffer(MembershipCategory category, DuesQuote quote, String unavailableBecause) implements Serializable {

    public boolean isAvailable() {
        return unavailableBecause == null;
    }

    public MembershipCategory getCategory() {
        return category;
    }

    public DuesQuote getQuote() {
        return quote;
    }

    public String getUnavailableBecause() {
        return unavailableBecause;
    }
}
