package org.civicportal.marketplace;

/** Where a listing stands in the directory, whatever its versions say. */
public enum ListingStatus {
    /** Never approved yet: not in the directory. */
    NEW("Not yet published"),
    /** Approved and within its term: in the directory while its provider is approved. */
    LIVE("Published"),
    /** Its term ended without renewal: off the directory, kept, and renewable. */
    EXPIRED("Expired");

    private final String label;

    ListingStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
