package org.civicportal.events;

/** Whether people can see an event. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
