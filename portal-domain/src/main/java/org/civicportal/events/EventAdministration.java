package org.civicportal.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.account.Role;

/**
 * The organisers' door to events: editors and administrators only, checked here whatever page or
 * servlet calls. The work is {@link EventOrganising}'s; see it for what each step does.
 */
@Stateless
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class EventAdministration {

    @Inject
    EventOrganising organising;

    public List<EventOrganising.Row> page(boolean past, int first, int max) {
        return organising.page(past, first, max);
    }

    public long count(boolean past) {
        return organising.count(past);
    }

    /** How many events are drafts still to publish (past ones included: they may need cancelling or deleting). */
    public long countDrafts() {
        return organising.countDrafts();
    }

    public Optional<Event> find(long id) {
        return organising.find(id);
    }

    public Event create(EventDetails details) {
        return organising.create(details);
    }

    public Event update(long id, EventDetails details) {
        return organising.update(id, details);
    }

    public Event publish(long id) {
        return organising.publish(id);
    }

    public Event cancel(long id) {
        return organising.cancel(id);
    }

    public Event closeRegistration(long id) {
        return organising.closeRegistration(id);
    }

    public Event reopenRegistration(long id) {
        return organising.reopenRegistration(id);
    }

    public List<Registration> registrants(long eventId, RegistrationStatus status, int first, int max) {
        return organising.registrants(eventId, status, first, max);
    }

    public long count(long eventId, RegistrationStatus status) {
        return organising.count(eventId, status);
    }

    public List<Registration> active(long eventId) {
        return organising.active(eventId);
    }

    public Registration moveFromWaitlist(long eventId, long registrationId) {
        return organising.moveFromWaitlist(eventId, registrationId);
    }

    public void recordAttendance(long eventId, Map<Long, Boolean> attendance) {
        organising.recordAttendance(eventId, attendance);
    }

    public EventOrganising.AttendanceImport importAttendance(long eventId, Reader csv) {
        return organising.importAttendance(eventId, csv);
    }
}
