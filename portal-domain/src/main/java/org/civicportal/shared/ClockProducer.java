package org.civicportal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now" in the portal; rules take a {@link Clock} so tests can move time. For
 * "today" ask {@link CivilCalendar}, which reads this clock in the association's time zone.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
