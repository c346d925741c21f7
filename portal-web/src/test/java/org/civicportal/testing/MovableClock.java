package org.civicportal.testing;


import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.civicportal.shared.pagecache.PageCache;

/**
 * The portal's clock in tests that move time: added to a test deployment, it replaces the system
 * clock everywhere the portal asks for "now". Each move drops the anonymous pages the portal keeps
 * for a few seconds, as if those seconds had passed too: a test jumping a month ahead means the
 * pages drawn a month ago to be gone ({@link #setInstantKeepingPages} is for the test of that limit).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Instant now = Instant.now();

    @Inject
    Instance<PageCache> pages;

    /** Sets the time to noon (UTC) of the given day. */
    public void setDay(LocalDate day) {
        setInstant(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    public void setInstant(Instant instant) {
        now = instant;
        pages.get().clear();
    }

    /** Moves the time and leaves the kept pages as they are, as time passing by itself does. */
    public void setInstantKeepingPages(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        setInstant(now.plus(duration));
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
