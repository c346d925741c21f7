package org.civicportal.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** A member's registrations ({@code events/my-events.xhtml}): upcoming and past. */
@Named
@RequestScoped
public class MyEventsPage {

    @Inject
    EventService events;

    @Inject
    Clock clock;

    private List<Registration> upcoming;
    private List<Registration> past;

    @PostConstruct
    void load() {
        List<Registration> all = events.myRegistrations();
        upcoming = all.stream().filter(r -> r.getEvent().getEndsAt().isAfter(clock.instant())).toList();
        past = all.stream().filter(r -> !r.getEvent().getEndsAt().isAfter(clock.instant())).toList();
    }

    public String when(Event event) {
        return EventTimes.dayAndTime(event.getStartsAt(), event.zone());
    }

    public List<Registration> getUpcoming() {
        return upcoming;
    }

    /** The credits of every event attended, summed. */
    public BigDecimal getCreditsEarned() {
        return past.stream().map(Registration::getCreditsEarned).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Registration> getPast() {
        return past;
    }
}
