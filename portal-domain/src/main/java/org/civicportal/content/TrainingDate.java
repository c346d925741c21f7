package org.civicportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** A day a training programme runs, perhaps as one of the portal's events. */
@Embeddable
public class TrainingDate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "starts_on", nullable = false)
    private LocalDate date;

    /** The event of the portal's catalog this date is, if any (it may have been removed since). */
    @Column(name = "event_id")
    private Long eventId;

    protected TrainingDate() {
        // for JPA
    }

    public TrainingDate(LocalDate date, Long eventId) {
        this.date = date;
        this.eventId = eventId;
    }

    public LocalDate getDate() {
        return date;
    }

    public Long getEventId() {
        return eventId;
    }

    @Override
    public String toString() {
        return date + (eventId == null ? "" : " event " + eventId);
    }
}
