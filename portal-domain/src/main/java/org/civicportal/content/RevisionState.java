package org.civicportal.content;

/**
 * Where one revision of an item stands. A revision is written (DRAFT), sent for review
 * (IN_REVIEW), sent back (DRAFT again) or approved for a time (APPROVED), then PUBLISHED when that
 * time comes; the published revision it replaced becomes SUPERSEDED. Revisions are never deleted.
 */
public enum RevisionState {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    APPROVED("Approved, scheduled"),
    PUBLISHED("Published"),
    SUPERSEDED("Earlier version");

    private final String label;

    RevisionState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** True while the revision may still become the live one: draft, in review or approved. */
    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
