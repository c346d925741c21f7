package org.civicportal.events;

/** Whether people can see an event. */
public enum EventStatus {
    /** Only the organisers see it. */
    DRAFT("Draft"),
    /** In the catalog. */
    PUBLISHED("Published"),
    /** In the catalog, marked cancelled; nobody can register. */
    CANCELLED("Cancelled");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
