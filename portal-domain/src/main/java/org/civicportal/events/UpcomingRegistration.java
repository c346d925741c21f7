package org.civicportal.events;

import java.time.Instant;

/**
 * One of a person's registrations for an event still to come, with what their overview shows.
 *
 * @param waitlistPlace their place in line (1 = next to get a seat), or null when they hold a seat
 * @param joinLink      the join link when the events rules show it now, else null
 * @param joinLinkFrom  from when the join link shows
 */
public record UpcomingRegistration(Registration registration, Long waitlistPlace, String joinLink, Instant joinLinkFrom) {

    public Event getEvent() {
        return registration.getEvent();
    }

    // getters as well as the record's accessors: Faces pages (Expression Language 5) read only getters

    public Long getWaitlistPlace() {
        return waitlistPlace;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public boolean isWaitlisted() {
        return registration.getStatus() == RegistrationStatus.WAITLISTED;
    }
}
