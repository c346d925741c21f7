package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.civicportal.events.EventTimes;
import org.civicportal.shared.CivilCalendar;

/** Times at the editors' desk, in the association's zone, written as the events pages write them. */
@Named
@ApplicationScoped
public class LibraryDates {

    @Inject
    CivilCalendar calendar;

    /** "Tuesday, March 18, 2027 at 9:00 AM EDT", or empty for no time. */
    public String when(Instant instant) {
        return instant == null ? "" : EventTimes.dayAndTime(instant, calendar.zone());
    }
}
