package org.civicportal.membership;

/** Where a membership stands on a given day. */
public enum MembershipStatus {
    /** Applied, waiting for approval or for the first payment. */
    PENDING("Pending"),
    /** Paid through a date on or after the day. */
    ACTIVE("Active"),
    /** Past its end date, within the category's grace days: access continues, renewal is due. */
    GRACE("In grace period"),
    /** Past the grace days: access ends until the member renews. */
    LAPSED("Lapsed"),
    /** Ended by the member or the association; it can no longer be renewed. */
    CANCELLED("Cancelled");

    private final String label;

    MembershipStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The member-only gate: active or in grace. */
    public boolean isGoodStanding() {
        return this == ACTIVE || this == GRACE;
    }
}
