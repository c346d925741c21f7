package org.civicportal.marketplace;

/** Whether a request still takes answers. */
public enum AssistanceRequestStatus {
    /** Sent: providers may ask, decline or propose. */
    OPEN("Open"),
    /** The member chose a provider, or none: nothing more is said in it. */
    CLOSED("Closed");

    private final String label;

    AssistanceRequestStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
