package org.civicportal.marketplace;

/** Where one version of a listing stands. A version changes only while it is a draft or sent back. */
public enum ListingVersionState {
    /** Being written by the provider. */
    DRAFT("Draft"),
    /** Sent for moderation: waiting for an administrator. */
    WAITING("Waiting for moderation"),
    /** Returned by a moderator with a reason; the provider edits it and sends it again. */
    SENT_BACK("Sent back"),
    /** Approved: what the directory shows. */
    LIVE("Live"),
    /** Approved once, since replaced by a newer approved version; kept as a record. */
    SUPERSEDED("Earlier version");

    private final String label;

    ListingVersionState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** True while the provider may still change it. */
    public boolean isEditable() {
        return this == DRAFT || this == SENT_BACK;
    }
}
