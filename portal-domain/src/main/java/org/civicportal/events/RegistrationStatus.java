package org.civicportal.events;

/** Where a person stands for an event. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED
}
