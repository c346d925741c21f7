package org.civicportal.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in tests that move time: added to a test deployment, it replaces the system
 * clock everywhere the portal asks for "now".
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Instant now = Instant.now();

    /** Sets the time to noon (UTC) of the given day. */
    public void setDay(LocalDate day) {
        now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void setInstant(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
