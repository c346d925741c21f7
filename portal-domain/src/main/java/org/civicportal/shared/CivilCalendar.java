package org.civicportal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The association's calendar: which day it is, and which day an instant falls on, in the
 * association's time zone ({@code portal.zone}). Membership periods, grace, reminders, invoice
 * years and report dates are civil dates; asking for them in one zone keeps a member who paid
 * this evening in New York from being "not yet a member" in UTC, where it is already tomorrow.
 * Every "today" in the portal comes from here, never from {@code LocalDate.now(clock)}.
 */
@ApplicationScoped
public class CivilCalendar {

    @Inject
    Clock clock;

    @Inject
    PortalSettings settings;

    /** Today in the association's zone. */
    public LocalDate today() {
        return dayOf(clock.instant());
    }

    /** The association's time zone. */
    public ZoneId zone() {
        return settings.zone();
    }

    /** The day the instant falls on in the association's zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }
}
