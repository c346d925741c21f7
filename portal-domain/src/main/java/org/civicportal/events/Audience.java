package org.civicportal.events;

/** Who may register for an event. */
public enum Audience {
    /** Members in good standing through the day of the event. */
    MEMBERS_ONLY,
    /** Anyone with an account. */
    EVERYONE
}
