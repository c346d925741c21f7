package org.civicportal.events;

/** Who may register for an event. */
public enum Audience {
    /** Members in good standing through the day of the event. */
    MEMBERS_ONLY("Members in good standing"),
    /** Anyone with an account. */
    EVERYONE("Everyone with an account");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
