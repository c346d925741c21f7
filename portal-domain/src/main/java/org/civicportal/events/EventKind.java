package org.civicportal.events;

/** What sort of event it is. */
public enum EventKind {
    WEBINAR("Webinar"), CONFERENCE_SESSION("Conference session");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
