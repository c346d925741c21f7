package org.civicportal.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.civicportal.shared.PagedList;

/** All events for their organisers, drafts included ({@code admin/events/events.xhtml}). */
@Named
@ViewScoped
public class ManagedEventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAdministration administration;

    private boolean past;

    private final PagedList<EventOrganising.Row> events = new PagedList<>(
            (first, pageSize) -> administration.page(past, first, pageSize),
            () -> administration.count(past),
            row -> row.event().getId());

    /** Shows the other list: past events, or those to come; the table reloads from its first page. */
    public void show(boolean pastEvents) {
        this.past = pastEvents;
    }

    public String when(Event event) {
        return EventTimes.dayAndTime(event.getStartsAt(), event.zone());
    }

    public PagedList<EventOrganising.Row> getEvents() {
        return events;
    }

    public boolean isPast() {
        return past;
    }
}
